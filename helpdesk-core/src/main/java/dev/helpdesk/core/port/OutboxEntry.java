package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * An event in the outbox; ids increase in the order events were appended.
 *
 * @param id         the entry's id, for {@link Outbox#acknowledge(long)} and {@link Outbox#release(long, String)}
 * @param event      the event, equal to the one appended
 * @param recordedAt when the event was appended (from the storage's {@link Clock})
 * @param attempts   how many times the entry has been {@link Outbox#claim(int, java.time.Duration) claimed}, the claim
 *                   that returned it included: 1 on its first delivery; 0 when never claimed
 */
public record OutboxEntry(long id, DomainEvent event, Instant recordedAt, int attempts) {
    public OutboxEntry {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(recordedAt, "recordedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative but was " + attempts);
        }
    }
}
