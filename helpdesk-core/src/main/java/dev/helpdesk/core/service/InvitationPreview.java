package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * What an e-mailed rating link would rate, shown before the customer confirms.
 *
 * @param reference the ticket's reference, such as {@code HD-1042}
 */
public record InvitationPreview(TicketId ticket, String reference, String subject, Instant expiresAt) {
    public InvitationPreview {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
