package dev.helpdesk.web.support;

import dev.helpdesk.core.port.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system time, but never the same millisecond twice. The services keep times to the millisecond, so two
 * changes a test makes one after the other could otherwise tie and sort by number instead of by time. A test may
 * move it forward ({@link #skip}), to see what time does to sessions, say.
 */
public final class AdvancingClock implements Clock {
    private final AtomicReference<Instant> last = new AtomicReference<>(Instant.EPOCH);
    private final AtomicReference<Duration> skipped = new AtomicReference<>(Duration.ZERO);

    @Override
    public Instant now() {
        Instant system = Instant.now().truncatedTo(ChronoUnit.MILLIS).plus(skipped.get());
        return last.updateAndGet(previous -> system.isAfter(previous) ? system : previous.plusMillis(1));
    }

    /** Moves the clock {@code duration} forward, for good. */
    public void skip(Duration duration) {
        skipped.updateAndGet(d -> d.plus(duration));
    }
}
