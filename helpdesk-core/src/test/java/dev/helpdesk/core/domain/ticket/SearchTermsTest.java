package dev.helpdesk.core.domain.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import java.util.List;
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

        assertThat(terms.matches(SearchTerms.words("Le Café a reçu mon Résumé"), List.of(), false)).isTrue();
        assertThat(terms.matches(SearchTerms.words("Le Café est fermé"), List.of(), false)).isFalse();
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

    @Test
    void quotesMakeAPhraseAndAMinusExcludes() {
        SearchTerms terms = SearchTerms.parse("\"disk full\" server -backup -\"cron job\"").orElseThrow();

        assertThat(terms.terms()).containsExactly(
                new SearchTerms.Term(List.of("disk", "full"), false),
                new SearchTerms.Term(List.of("server"), false),
                new SearchTerms.Term(List.of("backup"), true),
                new SearchTerms.Term(List.of("cron", "job"), true));
        assertThat(terms.words()).containsExactly("disk", "full", "server");
    }

    @Test
    void aChunkWithPunctuationIsAPhraseAndAnUnterminatedQuoteRunsToTheEnd() {
        assertThat(SearchTerms.parse("error-404").orElseThrow().terms())
                .containsExactly(new SearchTerms.Term(List.of("error", "404"), false));
        assertThat(SearchTerms.parse("\"no end here").orElseThrow().terms())
                .containsExactly(new SearchTerms.Term(List.of("no", "end", "here"), false));
        assertThat(SearchTerms.parse("a - b").orElseThrow().terms()).extracting(SearchTerms.Term::excluded)
                .containsExactly(false, false);
    }

    @Test
    void aPhraseMatchesOnlyConsecutiveWordsAndAnExclusionRejects() {
        List<String> text = SearchTerms.words("The disk is full on the backup server");
        assertThat(SearchTerms.parse("\"disk is full\"").orElseThrow().matches(text, List.of(), false)).isTrue();
        assertThat(SearchTerms.parse("\"disk full\"").orElseThrow().matches(text, List.of(), false)).isFalse();
        assertThat(SearchTerms.parse("disk -backup").orElseThrow().matches(text, List.of(), false)).isFalse();
        assertThat(SearchTerms.parse("-printer").orElseThrow().matches(text, List.of(), false)).isTrue();
    }

    @Test
    void internalWordsCountOnlyForAgentsAndExclusionsSeeThemToo() {
        List<String> pub = SearchTerms.words("Mailbox is slow");
        List<String> internal = SearchTerms.words("over quota");
        SearchTerms quota = SearchTerms.parse("\"over quota\"").orElseThrow();
        assertThat(quota.matches(pub, internal, true)).isTrue();
        assertThat(quota.matches(pub, internal, false)).isFalse();
        assertThat(SearchTerms.parse("mailbox -quota").orElseThrow().matches(pub, internal, true)).isFalse();
        assertThat(SearchTerms.parse("mailbox -quota").orElseThrow().matches(pub, internal, false)).isTrue();
    }

    @Test
    void whatAPersonTypesNeverBreaksParsing() {
        for (String typed : List.of("\"", "*", "NEAR(", "OR OR", "-", "--", "a:b", "col:x", "^", "'; DROP TABLE ticket; --",
                "\"\"\"", "-\"", "(a OR b) AND NOT c")) {
            SearchTerms.parse(typed).ifPresent(t -> assertThat(t.terms()).allSatisfy(term ->
                    assertThat(term.words()).allSatisfy(w -> assertThat(w).matches("[\\p{L}\\p{Nd}]+"))));
        }
    }
}
