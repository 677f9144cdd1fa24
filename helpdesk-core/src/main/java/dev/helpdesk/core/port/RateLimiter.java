package dev.helpdesk.core.port;

import java.time.Duration;
import java.util.Objects;

/**
 * Counts attempts per key (an e-mail address, say) against a {@link RateLimit}, one bucket per limit name and key.
 * Buckets may live in memory only: a restart or another node forgets them, which is acceptable for the slowing down
 * they are for. {@code helpdesk-defaults} has {@code Bucket4jRateLimiter}.
 */
public interface RateLimiter {
    /** Lets everything through: for a helpdesk built without a rate limiter, whose tickets are then not limited. */
    RateLimiter UNLIMITED = new RateLimiter() {
        @Override
        public Decision tryAcquire(RateLimit limit, String key) {
            return Decision.allow();
        }

        @Override
        public Decision peek(RateLimit limit, String key) {
            return Decision.allow();
        }
    };

    /** Takes one attempt from the bucket of {@code key} under {@code limit}, if one is left. */
    Decision tryAcquire(RateLimit limit, String key);

    /**
     * Whether {@link #tryAcquire} would be allowed now, taking nothing: to refuse an attempt before its work is done
     * when only failures are counted (sign-in back-off).
     */
    Decision peek(RateLimit limit, String key);

    /**
     * Whether an attempt may go ahead; if not, how long until one may.
     *
     * @param retryAfter zero when allowed
     */
    record Decision(boolean allowed, Duration retryAfter) {
        private static final Decision ALLOWED = new Decision(true, Duration.ZERO);

        public Decision {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isNegative() || allowed && !retryAfter.isZero()) {
                throw new IllegalArgumentException("retryAfter must be zero when allowed, and never negative");
            }
        }

        public static Decision allow() {
            return ALLOWED;
        }

        public static Decision deny(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }
    }
}
