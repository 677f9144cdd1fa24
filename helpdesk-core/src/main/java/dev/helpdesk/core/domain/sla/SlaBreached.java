package dev.helpdesk.core.domain.sla;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/** A target of a ticket was missed: recorded once per target and due time by {@code SlaService.recordBreaches}. */
public record SlaBreached(TicketId ticket, SlaTarget target, Instant due, Instant occurredAt) implements DomainEvent {
    public SlaBreached {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String type() {
        return "sla.breached";
    }
}
