package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * A rating link for one e-mail: the clear token is handed out here once and stored nowhere (only its hash is).
 * {@link #toString()} hides it, so the invitation can be logged.
 *
 * @param token the single-use token to put in the link (URL-safe)
 */
public record MailInvitation(TicketId ticket, String token, Instant expiresAt) {
    public MailInvitation {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "MailInvitation[ticket=" + ticket + ", token=(hidden), expiresAt=" + expiresAt + "]";
    }
}
