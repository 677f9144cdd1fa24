package dev.helpdesk.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.helpdesk.core.port.RateLimit;
import dev.helpdesk.core.port.RateLimiter.Decision;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class Bucket4jRateLimiterTest {
    private static final RateLimit THREE_PER_MINUTE = RateLimit.of("sign-in", 3, Duration.ofMinutes(1));

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final Bucket4jRateLimiter limiter = new Bucket4jRateLimiter(1_000, nanos::get);

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aBurstUpToTheCapacityPassesThenTheNextWaitsForOneRefill() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryAcquire(THREE_PER_MINUTE, "alice@example.test").allowed()).isTrue();
        }
        Decision denied = limiter.tryAcquire(THREE_PER_MINUTE, "alice@example.test");

        assertThat(denied.allowed()).isFalse();
        assertThat(denied.retryAfter()).isEqualTo(Duration.ofSeconds(20));
        advance(Duration.ofSeconds(19));
        assertThat(limiter.tryAcquire(THREE_PER_MINUTE, "alice@example.test").retryAfter())
                .isEqualTo(Duration.ofSeconds(1));
        advance(Duration.ofSeconds(1));
        assertThat(limiter.tryAcquire(THREE_PER_MINUTE, "alice@example.test").allowed()).isTrue();
        assertThat(limiter.tryAcquire(THREE_PER_MINUTE, "alice@example.test").allowed()).isFalse();
    }

    @Test
    void peekingTakesNothingAndTellsWhatTheNextAttemptWouldGet() {
        assertThat(limiter.peek(THREE_PER_MINUTE, "carol@example.test").allowed()).isTrue();
        assertThat(limiter.trackedKeys()).as("a peek at a key never used keeps no bucket").isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.peek(THREE_PER_MINUTE, "carol@example.test").allowed()).isTrue();
            limiter.tryAcquire(THREE_PER_MINUTE, "carol@example.test");
        }
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.peek(THREE_PER_MINUTE, "carol@example.test"))
                    .isEqualTo(Decision.deny(Duration.ofSeconds(20)));
        }
        advance(Duration.ofSeconds(20));
        assertThat(limiter.peek(THREE_PER_MINUTE, "carol@example.test").allowed()).isTrue();
        assertThat(limiter.tryAcquire(THREE_PER_MINUTE, "carol@example.test").allowed()).isTrue();
    }

    @Test
    void keysAndLimitsHaveBucketsOfTheirOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire(THREE_PER_MINUTE, "alice@example.test");
        }
        assertThat(limiter.tryAcquire(THREE_PER_MINUTE, "alice@example.test").allowed()).isFalse();
        assertThat(limiter.tryAcquire(THREE_PER_MINUTE, "bob@example.test").allowed()).isTrue();
        assertThat(limiter.tryAcquire(RateLimit.of("password-reset-request", 3, Duration.ofMinutes(1)),
                "alice@example.test").allowed()).isTrue();
    }

    @Test
    void withoutTimePassingExactlyTheCapacityGetsThrough() {
        qt().forAll(integers().between(1, 20), integers().between(0, 60)).checkAssert((capacity, attempts) -> {
            RateLimit limit = RateLimit.of("property", capacity, Duration.ofMinutes(5));
            Bucket4jRateLimiter fresh = new Bucket4jRateLimiter(10, nanos::get);
            int allowed = 0;
            for (int i = 0; i < attempts; i++) {
                allowed += fresh.tryAcquire(limit, "key").allowed() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(Math.min(capacity, attempts));
        });
    }

    @Test
    void theBucketsAreBoundedAndForgottenAfterAQuietPeriod() {
        Bucket4jRateLimiter small = new Bucket4jRateLimiter(10, nanos::get);
        for (int i = 0; i < 500; i++) {
            small.tryAcquire(THREE_PER_MINUTE, "visitor-" + i + "@example.test");
        }
        assertThat(small.trackedKeys()).isLessThanOrEqualTo(10);

        advance(Duration.ofMinutes(1).plusNanos(1));
        assertThat(small.trackedKeys()).isZero();
    }

    @Test
    void theDefaultLimiterRunsOnTheSystemClock() {
        Bucket4jRateLimiter real = new Bucket4jRateLimiter();
        assertThat(real.tryAcquire(RateLimit.of("once", 1, Duration.ofHours(1)), "k").allowed()).isTrue();
        Decision second = real.tryAcquire(RateLimit.of("once", 1, Duration.ofHours(1)), "k");
        assertThat(second.allowed()).isFalse();
        assertThat(second.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
    }
}
