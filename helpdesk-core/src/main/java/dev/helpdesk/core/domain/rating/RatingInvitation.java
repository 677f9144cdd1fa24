package dev.helpdesk.core.domain.rating;

import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rating link sent by e-mail. Only the SHA-256 of its single-use token is kept, never the token. It is good for
 * the resolution it was issued for: once the ticket is reopened (its resolution time empty or different) it is dead.
 *
 * @param tokenHash  the SHA-256 of the token, as 64 lower-case hex digits
 * @param resolvedAt the ticket's resolution time when the link was issued
 */
public record RatingInvitation(String tokenHash, TicketId ticket, Instant resolvedAt, Instant issuedAt,
                               Instant expiresAt) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public RatingInvitation {
        if (tokenHash == null || !SHA256_HEX.matcher(tokenHash).matches()) {
            throw new IllegalArgumentException("tokenHash must be a SHA-256 in lower-case hex");
        }
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("an invitation must expire after it is issued");
        }
    }

    /** Whether it may still be used at {@code now} (before it expires). */
    public boolean validAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
