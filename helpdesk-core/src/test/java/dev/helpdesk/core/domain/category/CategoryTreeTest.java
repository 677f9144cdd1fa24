package dev.helpdesk.core.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {
    private final CategoryTree tree = TicketSchema.defaults().categories();

    @Test
    void aCategoryWithoutChildrenNeedsNoSubcategory() {
        assertThatCode(() -> tree.checkChoice(CategoryId.of("billing"), Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void aCategoryWithChildrenRequiresASubcategory() {
        assertRefused(() -> tree.checkChoice(CategoryId.of("control-panel"), Optional.empty()), "subcategory", "required");
    }

    @Test
    void aChildOfTheCategoryIsAccepted() {
        assertThatCode(() -> tree.checkChoice(CategoryId.of("email"), Optional.of(CategoryId.of("email-delivery"))))
                .doesNotThrowAnyException();
    }

    @Test
    void theSubcategoryMustBeAChildOfTheChosenCategory() {
        assertRefused(() -> tree.checkChoice(CategoryId.of("email"), Optional.of(CategoryId.of("control-panel-php"))),
                "subcategory", "unknown");
        assertRefused(() -> tree.checkChoice(CategoryId.of("email"), Optional.of(CategoryId.of("billing"))),
                "subcategory", "unknown");
        assertRefused(() -> tree.checkChoice(CategoryId.of("billing"), Optional.of(CategoryId.of("email-accounts"))),
                "subcategory", "unknown");
    }

    @Test
    void theCategoryMustBeAKnownTopLevelOne() {
        assertRefused(() -> tree.checkChoice(CategoryId.of("gardening"), Optional.empty()), "category", "unknown");
        assertRefused(() -> tree.checkChoice(CategoryId.of("email-accounts"), Optional.empty()), "category", "unknown");
    }

    @Test
    void aSubcategoryWithoutATeamIsRoutedToItsParentsTeam() {
        assertThat(tree.routeTo(CategoryId.of("email"), Optional.of(CategoryId.of("email-accounts"))))
                .contains(TeamId.of("technical-support"));
        assertThat(tree.routeTo(CategoryId.of("quotes"), Optional.empty())).contains(TeamId.of("billing"));
    }

    @Test
    void aTeamOwnsTheCategoriesRoutedToIt() {
        assertThat(tree.ownedBy(Set.of(TeamId.of("billing"))))
                .containsExactlyInAnyOrder(CategoryId.of("billing"), CategoryId.of("quotes"));
        assertThat(tree.ownedBy(Set.of(TeamId.of("nobody")))).isEmpty();
    }

    @Test
    void aTreeRefusesDuplicatesUnknownParentsAndAThirdLevel() {
        Category top = Category.topLevel("top", "Top", null, "");
        Category sub = Category.sub("sub", "top", "Sub", null, "");
        assertThatThrownBy(() -> new CategoryTree(List.of(top, top))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CategoryTree(List.of(sub))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CategoryTree(List.of(top, sub, Category.sub("subsub", "sub", "Deeper", null, ""))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(Runnable check, String field, String rule) {
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                .extracting(FieldError::field, FieldError::rule).containsExactly(tuple(field, rule)));
    }
}
