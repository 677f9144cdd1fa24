package dev.helpdesk.core.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccountPropertiesTest {

    @Test
    void lockoutGrowsWithFailuresStartsAtTheFirstLockAndNeverExceedsTheLongest() {
        qt().forAll(integers().between(1, 10), integers().between(1, 600), integers().between(1, 100),
                        integers().between(0, 200))
                .checkAssert((threshold, firstSeconds, factor, failures) -> {
                    Duration first = Duration.ofSeconds(firstSeconds);
                    Lockout lockout = new Lockout(threshold, first, first.multipliedBy(factor));
                    assertThat(lockout.lockAfter(failures).isPresent()).isEqualTo(failures >= threshold);
                    assertThat(lockout.lockAfter(threshold)).contains(first);
                    Duration now = lockout.lockAfter(failures).orElse(Duration.ZERO);
                    Duration next = lockout.lockAfter(failures + 1).orElse(Duration.ZERO);
                    assertThat(next).isGreaterThanOrEqualTo(now).isLessThanOrEqualTo(lockout.longestLock());
                    if (failures + 1 > threshold) {
                        assertThat(next).as("doubles, or stays at the longest").isIn(now.multipliedBy(2),
                                lockout.longestLock());
                    }
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
