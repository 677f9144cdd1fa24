package dev.helpdesk.web.support;

import dev.helpdesk.core.port.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system time, but never the same millisecond twice. The services keep times to the millisecond, so two
 * changes a test makes one after the other could otherwise tie and sort by number instead of by time.
 */
final class AdvancingClock implements Clock {
    private final AtomicReference<Instant> last = new AtomicReference<>(Instant.EPOCH);

    @Override
    public Instant now() {
        Instant system = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return last.updateAndGet(previous -> system.isAfter(previous) ? system : previous.plusMillis(1));
    }
}
