package dev.helpdesk.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.helpdesk.core.error.InvalidInputException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdsTest {
    /** The rule as it is documented; the check is written by hand for speed and must agree with it. */
    private static final Pattern RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    /** Letters, digits, the allowed punctuation, and characters just outside each range. */
    private static final String ALPHABET = "aAzZ09_.-/:@[`{ éß\n\u0000";

    @Test
    void theHandWrittenCheckAcceptsExactlyWhatTheRuleDoes() {
        qt().withExamples(3_000).forAll(lists().of(integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(0, 70)).checkAssert(indexes -> {
                    StringBuilder id = new StringBuilder();
                    indexes.forEach(i -> id.append(ALPHABET.charAt(i)));
                    String value = id.toString();
                    assertThat(Ids.wellFormed(value)).as("'%s'", value).isEqualTo(RULE.matcher(value).matches());
                });
    }

    @Test
    void theLongestIdHasSixtyFourCharacters() {
        assertThat(Ids.check("id", "a".repeat(64))).hasSize(64);
        assertThatThrownBy(() -> Ids.check("id", "a".repeat(65))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Ids.check("id", null)).isInstanceOf(InvalidInputException.class);
    }
}
