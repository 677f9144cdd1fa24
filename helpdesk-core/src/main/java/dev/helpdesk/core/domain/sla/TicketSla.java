package dev.helpdesk.core.domain.sla;

import dev.helpdesk.core.domain.calendar.BusinessCalendar;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA clock of one ticket: a first-response and a resolution clock, paused together while the ticket waits on
 * the customer. Created when the ticket opens and moved in the same unit of work as every change of the ticket.
 *
 * @param pausedSince when the ticket entered a status that pauses the SLA; empty while it does not
 */
public record TicketSla(TicketId ticket, Optional<Instant> pausedSince, TargetClock firstResponse,
                        TargetClock resolution) {
    public TicketSla {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(pausedSince, "pausedSince");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
    }

    /** Both clocks started at {@code at}, then set to the ticket's phase (a ticket may open paused). */
    public static TicketSla start(TicketId ticket, SlaTargets targets, SlaPhase phase, Instant at,
                                  BusinessCalendar calendar) {
        return new TicketSla(ticket, Optional.empty(),
                TargetClock.start(targets.firstResponse(), at, calendar),
                TargetClock.start(targets.resolution(), at, calendar)).enter(phase, at, calendar);
    }

    /** The phase the clock is in: done once resolution is met, paused while {@link #pausedSince} is set. */
    public SlaPhase phase() {
        if (resolution.isMet()) {
            return SlaPhase.DONE;
        }
        return pausedSince.isPresent() ? SlaPhase.PAUSED : SlaPhase.RUNNING;
    }

    public TargetClock clock(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE ? firstResponse : resolution;
    }

    /**
     * The ticket entered a status of this phase at {@code at}. Running resumes both unmet clocks (reopening a done
     * ticket un-meets resolution); paused stops them; done meets resolution and stops an unanswered first response,
     * which a solved ticket no longer needs.
     */
    public TicketSla enter(SlaPhase phase, Instant at, BusinessCalendar calendar) {
        Objects.requireNonNull(phase, "phase");
        if (phase == phase()) {
            return this;
        }
        return switch (phase) {
            case RUNNING -> new TicketSla(ticket, Optional.empty(), firstResponse.resume(at, calendar),
                    resolution.unmet(at).resume(at, calendar));
            case PAUSED -> new TicketSla(ticket, Optional.of(at), firstResponse.stop(at, calendar),
                    resolution.unmet(at).stop(at, calendar));
            case DONE -> new TicketSla(ticket, Optional.empty(), firstResponse.stop(at, calendar),
                    resolution.meet(at, calendar));
        };
    }

    /** An agent answered publicly for the first time. */
    public TicketSla firstResponded(Instant at, BusinessCalendar calendar) {
        return new TicketSla(ticket, pausedSince, firstResponse.meet(at, calendar), resolution);
    }

    /** The ticket's policy changed (its priority or category did): new targets, the time used kept. */
    public TicketSla retarget(SlaTargets targets, Instant at, BusinessCalendar calendar) {
        return new TicketSla(ticket, pausedSince, firstResponse.retarget(targets.firstResponse(), at, calendar),
                resolution.retarget(targets.resolution(), at, calendar));
    }

    /** The same clock, the breach of this target recorded. */
    public TicketSla withBreachRecorded(SlaTarget target) {
        return target == SlaTarget.FIRST_RESPONSE
                ? new TicketSla(ticket, pausedSince, firstResponse.withBreachRecorded(), resolution)
                : new TicketSla(ticket, pausedSince, firstResponse, resolution.withBreachRecorded());
    }
}
