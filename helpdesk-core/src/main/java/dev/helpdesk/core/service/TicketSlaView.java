package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.sla.SlaPhase;
import dev.helpdesk.core.domain.sla.SlaTarget;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SLA clock of one ticket, for agents only (customers never see SLA data).
 *
 * @param pausedSince when the ticket started waiting on the customer, while it does
 * @param targets     first response, then resolution
 */
public record TicketSlaView(TicketId ticket, SlaPhase phase, Optional<Instant> pausedSince, List<Target> targets) {
    public TicketSlaView {
        targets = List.copyOf(targets);
    }

    public Target target(SlaTarget which) {
        return targets.stream().filter(t -> t.target() == which).findFirst().orElseThrow();
    }

    /**
     * One target.
     *
     * @param allowed  the business time the policy allows
     * @param used     the business time spent so far (pauses excluded)
     * @param due      when it is (or was) due; empty while its clock stands still in time
     * @param metAt    when it was met
     * @param breached met late, or unmet past its due time
     */
    public record Target(SlaTarget target, Duration allowed, Duration used, Optional<Instant> due,
                         Optional<Instant> metAt, boolean breached) {
    }
}
