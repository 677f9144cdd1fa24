package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/** An event waiting in the outbox; ids increase in the order events were appended. */
public record OutboxEntry(long id, DomainEvent event, Instant recordedAt) {
    public OutboxEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}
