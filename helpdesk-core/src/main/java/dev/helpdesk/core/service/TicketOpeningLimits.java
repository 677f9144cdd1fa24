package dev.helpdesk.core.service;

import dev.helpdesk.core.port.RateLimit;
import jakarta.inject.Inject;
import java.util.List;
import java.time.Duration;

/**
 * How many tickets a contact may open in a while (seed 003's etiquette: a person opens a few, a script opens
 * hundreds, each mailing a confirmation). Each limit is a tier taken from on every ticket opened; agents opening
 * for a contact are not limited. Guice uses {@link #TicketOpeningLimits() the defaults} unless the host binds another.
 *
 * @param perContact the tiers; by default 5 at once then one every 2 minutes, and at most 10 in an hour (then one
 *                   every 6 minutes)
 */
public record TicketOpeningLimits(List<RateLimit> perContact) {
    public TicketOpeningLimits {
        perContact = List.copyOf(perContact);
    }

    /** The defaults. */
    @Inject
    public TicketOpeningLimits() {
        this(List.of(RateLimit.of("ticket-open-burst", 5, Duration.ofMinutes(10)),
                RateLimit.of("ticket-open-hourly", 10, Duration.ofHours(1))));
    }

    public static TicketOpeningLimits defaults() {
        return new TicketOpeningLimits();
    }
}
