package dev.helpdesk.core.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldRule;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeafCategoriesShowingTest {
    private final TicketSchema defaults = TicketSchema.defaults();
    private final Set<CategoryId> allLeaves = defaults.categories().leaves().keySet();

    @Test
    void aFieldShownByDefaultIsShownInEveryLeafInTreeOrder() {
        assertThat(defaults.leafCategoriesShowing(FieldRef.PRIORITY)).containsExactlyElementsOf(allLeaves);
        assertThat(defaults.leafCategoriesShowing(FieldRef.STATUS)).as("view-only is shown")
                .containsExactlyElementsOf(allLeaves);
    }

    @Test
    void hidingAFieldInATopLevelCategoryHidesItInThatCategorysSubcategoriesOnly() {
        TicketSchema schema = defaults.withPolicy(defaults.policy()
                .withOverride(CategoryId.of("email"), FieldRef.IMPACT, FieldRule.HIDDEN)
                .withOverride(CategoryId.of("billing"), FieldRef.IMPACT, FieldRule.HIDDEN));

        Set<CategoryId> expected = new LinkedHashSet<>(allLeaves);
        expected.removeAll(List.of(CategoryId.of("email-accounts"), CategoryId.of("email-delivery"),
                CategoryId.of("billing")));
        assertThat(schema.leafCategoriesShowing(FieldRef.IMPACT)).containsExactlyElementsOf(expected);
        assertThat(schema.leafCategoriesShowing(FieldRef.PRIORITY)).containsExactlyElementsOf(allLeaves);
    }

    @Test
    void aFieldHiddenByDefaultIsShownOnlyWhereASubcategoryOverrideShowsIt() {
        TicketSchema schema = defaults.withPolicy(defaults.policy()
                .with(FieldRef.PRODUCT_FAMILY, FieldRule.HIDDEN)
                .withOverride(CategoryId.of("email-delivery"), FieldRef.PRODUCT_FAMILY, FieldRule.VIEW_ONLY));

        assertThat(schema.leafCategoriesShowing(FieldRef.PRODUCT_FAMILY)).containsExactly(
                CategoryId.of("email-delivery"));
        assertThat(schema.withPolicy(schema.policy().withOverride(CategoryId.of("email-delivery"),
                FieldRef.PRODUCT_FAMILY, FieldRule.HIDDEN)).leafCategoriesShowing(FieldRef.PRODUCT_FAMILY)).isEmpty();
    }
}
