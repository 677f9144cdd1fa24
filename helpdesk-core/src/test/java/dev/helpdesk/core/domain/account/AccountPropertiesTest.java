package dev.helpdesk.core.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.security.SecureRandom;
import dev.helpdesk.core.domain.directory.ContactId;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccountPropertiesTest {

    @Test
    void failuresCountedAgainstAnAccountAreForgottenAWindowAfterTheLast() {
        qt().forAll(integers().between(1, 50), integers().between(1, 7_200), integers().between(0, 7_200))
                .checkAssert((failures, windowSeconds, laterSeconds) -> {
                    Duration window = Duration.ofSeconds(windowSeconds);
                    Instant start = Instant.parse("2026-04-01T09:00:00Z");
                    Account account = Account.of(ContactId.of("alice"), Language.EN);
                    for (int i = 0; i < failures; i++) {
                        account = account.signInFailed(start, window);
                    }
                    Instant later = start.plusSeconds(laterSeconds);
                    assertThat(account.failedSignInsAt(later)).isEqualTo(later.isBefore(start.plus(window))
                            ? failures : 0);
                    assertThat(account.signInFailed(later, window).failedSignInsAt(later))
                            .isEqualTo(account.failedSignInsAt(later) + 1);
                    assertThat(account.signInSucceeded().failedSignInsAt(start)).isZero();
                });
    }

    @Test
    void aCodeHashesTheSameHoweverItIsTyped() {
        SecureRandom random = new SecureRandom();
        qt().forAll(integers().between(0, 3)).checkAssert(style -> {
            String code = SecretCode.generate(random);
            String typed = switch (style) {
                case 0 -> code.toUpperCase(Locale.ROOT);
                case 1 -> code.replace("-", "");
                case 2 -> " " + code.replace("-", " ") + "\t";
                default -> code;
            };
            assertThat(SecretCode.hash(typed)).isEqualTo(SecretCode.hash(code)).hasSize(64);
        });
    }

    @Test
    void differentCodesHashDifferently() {
        qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(1, 30),
                        strings().basicLatinAlphabet().ofLengthBetween(1, 30))
                .assuming((a, b) -> !SecretCode.normalise(a).equals(SecretCode.normalise(b)))
                .checkAssert((a, b) -> assertThat(SecretCode.hash(a)).isNotEqualTo(SecretCode.hash(b)));
    }
}
