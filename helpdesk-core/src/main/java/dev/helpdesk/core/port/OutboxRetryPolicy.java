package dev.helpdesk.core.port;

import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link Outbox} retries an entry its consumer failed on: after the {@code n}th failed attempt the entry is due
 * again {@link #delayAfter(int) baseDelay × 2ⁿ⁻¹} later, at most {@code maxDelay}; the failure of attempt
 * {@code maxAttempts} makes it a {@link DeadLetter} instead. A storage adapter takes one in its configuration;
 * {@link #DEFAULT} when none is given.
 *
 * @param maxAttempts how many times an entry is claimed before its last failure makes it dead, at least 1
 * @param baseDelay   the wait after the first failure, positive
 * @param maxDelay    the longest wait, at least {@code baseDelay}
 */
public record OutboxRetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /** 8 attempts, waiting 30 s after the first failure, then 1, 2, 4 … min, never more than 1 h. */
    public static final OutboxRetryPolicy DEFAULT =
            new OutboxRetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1));

    /**
     * Validates the policy.
     *
     * @throws NullPointerException     if a delay is null
     * @throws IllegalArgumentException if {@code maxAttempts} is less than 1, {@code baseDelay} is not positive or
     *                                  {@code maxDelay} is shorter than {@code baseDelay}
     */
    public OutboxRetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1 but was " + maxAttempts);
        }
        if (baseDelay.isNegative() || baseDelay.isZero()) {
            throw new IllegalArgumentException("baseDelay must be positive but was " + baseDelay);
        }
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("maxDelay " + maxDelay + " must not be shorter than baseDelay "
                    + baseDelay);
        }
    }

    /**
     * How long an entry waits after its {@code attempts}th claim failed: {@code baseDelay × 2^(attempts − 1)}, capped
     * at {@code maxDelay} (without overflowing, however many attempts).
     *
     * @throws IllegalArgumentException if {@code attempts} is less than 1
     */
    public Duration delayAfter(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1 but was " + attempts);
        }
        Duration delay = baseDelay;
        for (int i = 1; i < attempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }

    /** Whether the failure of the {@code attempts}th claim makes the entry a dead letter. */
    public boolean isExhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
