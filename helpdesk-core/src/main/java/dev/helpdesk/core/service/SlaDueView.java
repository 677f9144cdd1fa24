package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.sla.SlaTarget;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A ticket whose target is due soon or already missed, as agents see it in their SLA lists.
 *
 * @param status   the status as agents name it
 * @param priority the priority's code, if the ticket has one
 * @param breached whether {@code due} has passed
 */
public record SlaDueView(TicketId ticket, String reference, String subject, String status, Optional<String> priority,
                         SlaTarget target, Instant due, boolean breached) {
    public SlaDueView {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(priority, "priority");
    }
}
