package dev.helpdesk.defaults;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.helpdesk.core.port.RateLimit;
import dev.helpdesk.core.port.RateLimiter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Token buckets with Bucket4j, one per limit and key, kept in memory in a bounded Caffeine cache. A bucket holds
 * {@link RateLimit#capacity()} tokens and refills greedily, evenly over {@link RateLimit#period()}. A bucket nobody
 * used for a whole period is full again, so it is forgotten then; past {@code maximumKeys} the least used go first
 * (forgetting a bucket only ever lets more through, never less).
 *
 * <p>Buckets are per process: behind several nodes each counts on its own.
 */
public final class Bucket4jRateLimiter implements RateLimiter {
    public static final int DEFAULT_MAXIMUM_KEYS = 100_000;

    private final Cache<Key, Bucket> buckets;
    private final TimeMeter time;

    private record Key(RateLimit limit, String key) {
    }

    /** At most {@value #DEFAULT_MAXIMUM_KEYS} buckets, on {@link System#nanoTime()}. */
    public Bucket4jRateLimiter() {
        this(DEFAULT_MAXIMUM_KEYS, System::nanoTime);
    }

    /**
     * @param maximumKeys how many buckets to keep at most
     * @param nanoTime    a monotonic time in nanoseconds ({@code System::nanoTime}); tests pass one they move
     */
    public Bucket4jRateLimiter(int maximumKeys, LongSupplier nanoTime) {
        if (maximumKeys < 1) {
            throw new IllegalArgumentException("maximumKeys must be at least 1, not " + maximumKeys);
        }
        Objects.requireNonNull(nanoTime, "nanoTime");
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanoTime.getAsLong();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        this.buckets = Caffeine.newBuilder()
                .maximumSize(maximumKeys)
                .expireAfter(Expiry.accessing((Key key, Bucket bucket) -> key.limit().period()))
                .ticker(nanoTime::getAsLong)
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Decision tryAcquire(RateLimit limit, String key) {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(key, "key");
        Bucket bucket = buckets.get(new Key(limit, key), k -> newBucket(k.limit()));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Decision.allow()
                : Decision.deny(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
    }

    @Override
    public Decision peek(RateLimit limit, String key) {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(key, "key");
        Bucket bucket = buckets.getIfPresent(new Key(limit, key));
        if (bucket == null) {
            return Decision.allow();
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Decision.allow()
                : Decision.deny(Duration.ofNanos(Math.max(1, probe.getNanosToWaitForRefill())));
    }

    /** How many buckets are kept now (for tests and monitoring). */
    public long trackedKeys() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket(RateLimit limit) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
                .withCustomTimePrecision(time)
                .build();
    }
}
