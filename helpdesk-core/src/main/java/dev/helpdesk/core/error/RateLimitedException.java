package dev.helpdesk.core.error;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Too many attempts (sign-ins, password reset requests or codes) for one key, such as an address; try again after
 * {@link #retryAfter()}. The web layer answers 429 with a {@code Retry-After} header. A limit that applies whether or
 * not the address exists reveals nothing about accounts.
 */
public final class RateLimitedException extends HelpdeskException {
    private final Duration retryAfter;

    public RateLimitedException(String message, Duration retryAfter) {
        super("rate_limited", message, Map.of("retryAfterSeconds", String.valueOf(seconds(retryAfter))), List.of());
        this.retryAfter = retryAfter;
    }

    /** How long to wait before the next attempt may succeed; never negative. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, rounded up, at least 1: what a {@code Retry-After} header carries. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("retryAfter cannot be negative");
        }
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
