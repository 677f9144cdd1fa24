package dev.helpdesk.core.domain.account;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The back-off after consecutive failed sign-ins: from the {@code threshold}-th failure on, the account is locked for
 * {@code firstLock}, doubling with each further failure, never longer than {@code longestLock}.
 */
public record Lockout(int threshold, Duration firstLock, Duration longestLock) {
    public static final Lockout DEFAULT = new Lockout(5, Duration.ofMinutes(1), Duration.ofHours(1));

    public Lockout {
        Objects.requireNonNull(firstLock, "firstLock");
        Objects.requireNonNull(longestLock, "longestLock");
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1, not " + threshold);
        }
        if (firstLock.isNegative() || firstLock.isZero() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("locks must be positive and longestLock at least firstLock");
        }
    }

    /** How long the account is locked after this many consecutive failures; empty below the threshold. */
    public Optional<Duration> lockAfter(int consecutiveFailures) {
        if (consecutiveFailures < threshold) {
            return Optional.empty();
        }
        int doublings = consecutiveFailures - threshold;
        Duration lock = firstLock;
        for (int i = 0; i < doublings && lock.compareTo(longestLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return Optional.of(lock.compareTo(longestLock) > 0 ? longestLock : lock);
    }
}
