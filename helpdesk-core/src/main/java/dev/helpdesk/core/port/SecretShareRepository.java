package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.secret.SecretReveal;
import dev.helpdesk.core.domain.secret.SecretShare;
import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Secrets customers share on tickets, only ever as ciphertext, and the record of who revealed them. Purging
 * deletes the ciphertext itself, not only a flag. Writes join the caller's unit of work.
 */
public interface SecretShareRepository {

    /** Stores a new share; an id already stored is a {@code ConflictException} ({@code secret.duplicate}). */
    void insert(SecretShare share);

    Optional<SecretShare> find(SecretShareId id);

    /** The shares of a ticket, purged ones included, oldest first (by shared time, then id). */
    List<SecretShare> onTicket(TicketId ticket);

    /** Adds one reveal to the audit trail of its share. */
    void recordReveal(SecretReveal reveal);

    /** Every reveal of a share, oldest first. */
    List<SecretReveal> reveals(SecretShareId share);

    /**
     * Purges every share not yet purged whose {@link SecretShare#purgeAt()} is not after {@code now}: its ciphertext
     * is deleted and it is marked purged at {@code now}.
     *
     * @return the shares purged by this call, as now stored (without ciphertext), oldest first
     */
    List<SecretShare> purgeDue(Instant now);
}
