package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.secret.SecretShare;
import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * A shared secret as lists show it: everything but the secret, which only {@link SecretShareService#reveal} returns.
 *
 * @param purgeAt     when it is (or was) purged
 * @param purged      whether it can no longer be revealed
 * @param revealCount how many times agents revealed it
 */
public record SecretShareView(SecretShareId id, TicketId ticket, String label, ContactId sharedBy, Instant sharedAt,
                              Instant purgeAt, boolean purged, int revealCount) {
    public SecretShareView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(sharedBy, "sharedBy");
        Objects.requireNonNull(sharedAt, "sharedAt");
        Objects.requireNonNull(purgeAt, "purgeAt");
    }

    static SecretShareView of(SecretShare share, Instant now, int revealCount) {
        return new SecretShareView(share.id(), share.ticket(), share.label(), share.sharedBy(), share.sharedAt(),
                share.purgeAt(), !share.readableAt(now), revealCount);
    }
}
