package dev.helpdesk.core.domain;

import java.time.Instant;

/**
 * Something that happened in the domain. Written to the outbox in the same unit of work as the change, then
 * read by adapters (mail, webhooks). Events carry ids, never message bodies, passwords or secrets.
 */
public interface DomainEvent {
    Instant occurredAt();

    /** A stable name for storage and consumers, such as {@code ticket.opened}. */
    String type();
}
