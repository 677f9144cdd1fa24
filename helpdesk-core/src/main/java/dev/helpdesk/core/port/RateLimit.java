package dev.helpdesk.core.port;

import java.time.Duration;
import java.util.Objects;

/**
 * A limit for one kind of attempt: at most {@code capacity} attempts per key in a burst, refilled evenly over
 * {@code period} (5 per 15 minutes lets 5 through at once, then one every 3 minutes).
 *
 * @param name names the kind of attempt ({@code sign-in}); keys of different limits never share a bucket
 */
public record RateLimit(String name, int capacity, Duration period) {
    public RateLimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(period, "period");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a rate limit needs a name");
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, not " + capacity);
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive, not " + period);
        }
    }

    public static RateLimit of(String name, int capacity, Duration period) {
        return new RateLimit(name, capacity, period);
    }
}
