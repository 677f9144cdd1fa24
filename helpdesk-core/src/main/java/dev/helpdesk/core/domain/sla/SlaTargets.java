package dev.helpdesk.core.domain.sla;

import java.time.Duration;
import java.util.Objects;

/** The business time a ticket's policy allows for each target, as durations of working time. */
public record SlaTargets(Duration firstResponse, Duration resolution) {
    public SlaTargets {
        requirePositive(firstResponse, "firstResponse");
        requirePositive(resolution, "resolution");
    }

    public Duration of(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponse : resolution;
    }

    private static void requirePositive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
