package dev.helpdesk.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxRetryPolicyTest {

    @Test
    void theDefaultWaitsThirtySecondsThenDoublesUpToAnHour() {
        OutboxRetryPolicy policy = OutboxRetryPolicy.DEFAULT;
        assertThat(policy.maxAttempts()).isEqualTo(8);
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(policy.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.isExhausted(7)).isFalse();
        assertThat(policy.isExhausted(8)).isTrue();
    }

    @Test
    void theDelayNeverShrinksNorExceedsTheMaximumHoweverManyAttempts() {
        OutboxRetryPolicy policy = new OutboxRetryPolicy(1000, Duration.ofMillis(1), Duration.ofDays(3650));
        qt().forAll(integers().between(1, Integer.MAX_VALUE - 1)).check(attempts -> {
            Duration delay = policy.delayAfter(attempts);
            return delay.compareTo(policy.maxDelay()) <= 0 && policy.delayAfter(attempts + 1).compareTo(delay) >= 0;
        });
        assertThat(policy.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(3650));
    }

    @Test
    void aBadPolicyIsRefused() {
        assertThatThrownBy(() -> new OutboxRetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new OutboxRetryPolicy(1, Duration.ZERO, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseDelay");
        assertThatThrownBy(() -> new OutboxRetryPolicy(1, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxDelay");
        assertThatThrownBy(() -> OutboxRetryPolicy.DEFAULT.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStorableErrorIsThePassedTextWithoutNulCutWithoutSplittingAPair() {
        assertThat(DeadLetter.storableError("SMTP 451 \u00e9")).isEqualTo("SMTP 451 \u00e9");
        assertThat(DeadLetter.storableError("a\0b\0")).isEqualTo("ab");
        assertThat(DeadLetter.storableError("x".repeat(5000))).hasSize(DeadLetter.MAX_ERROR_LENGTH);
        assertThat(DeadLetter.storableError("x".repeat(DeadLetter.MAX_ERROR_LENGTH - 1) + "\uD83D\uDCEC"))
                .isEqualTo("x".repeat(DeadLetter.MAX_ERROR_LENGTH - 1));
        assertThatThrownBy(() -> DeadLetter.storableError(null)).isInstanceOf(NullPointerException.class);
    }
}
