package dev.helpdesk.core.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void accentsAreFoldedAndCaseIsLowered() {
        assertThat(SearchTerms.words("Café CRÈME, naïve Ça")).containsExactly("cafe", "creme", "naive", "ca");
    }

    @Test
    void aQueryWithoutAccentsFindsTextWithThem() {
        SearchTerms terms = SearchTerms.parse("cafe resume").orElseThrow();

        assertThat(terms.allIn(Set.copyOf(SearchTerms.words("Le Café a reçu mon Résumé")))).isTrue();
        assertThat(terms.allIn(Set.copyOf(SearchTerms.words("Le Café est fermé")))).isFalse();
    }

    @Test
    void wordsAreSplitOnAnythingThatIsNotALetterOrDigitAndRepeatsAreKept() {
        assertThat(SearchTerms.words("error-404: disk_full!! error")).containsExactly("error", "404", "disk", "full", "error");
    }

    @Test
    void aQueryKeepsEachWordOnceInOrder() {
        assertThat(SearchTerms.parse("Mail mail MAIL server").orElseThrow().words()).containsExactly("mail", "server");
    }

    @Test
    void blankOrAbsentTextIsNoSearch() {
        assertThat(SearchTerms.parse(null)).isEmpty();
        assertThat(SearchTerms.parse("  -- !! ")).isEqualTo(Optional.empty());
    }

    @Test
    void textLongerThanTheLimitIsInvalidNamingQ() {
        assertThat(SearchTerms.parse("a".repeat(SearchTerms.MAX_INPUT))).isPresent();
        assertThatThrownBy(() -> SearchTerms.parse("a".repeat(SearchTerms.MAX_INPUT + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::rule).containsExactly(tuple("q", "too_long")));
    }

    @Test
    void tooManyDistinctWordsAreInvalidNamingQ() {
        String sixteen = "a b c d e f g h i j k l m n o p";
        assertThat(SearchTerms.parse(sixteen + " a b")).isPresent();
        assertThatThrownBy(() -> SearchTerms.parse(sixteen + " q"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::rule).containsExactly(tuple("q", "too_many_words")));
    }
}
