package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.account.OneTimeCode;
import dev.helpdesk.core.domain.account.OneTimeCodeId;
import dev.helpdesk.core.domain.directory.ContactId;
import java.time.Instant;
import java.util.Optional;

/**
 * Single-use codes (password reset, welcome links), stored by their SHA-256 only. Writes belong inside
 * {@link Transactor#inTransaction} or commit on their own.
 */
public interface OneTimeCodeRepository {

    /** Stores a new code; an id or hash already stored is a {@code ConflictException} ({@code code.duplicate}). */
    void insert(OneTimeCode code);

    /** The code with this {@link OneTimeCode#codeHash() hash}, used or not. */
    Optional<OneTimeCode> findByHash(String codeHash);

    /**
     * Marks a code used at {@code at}, atomically: of two concurrent calls for one code, exactly one gets {@code true}.
     *
     * @return whether the code existed and was unused (only then is it changed)
     */
    boolean markUsed(OneTimeCodeId id, Instant at);

    /**
     * Marks every unused code of the contact used at {@code at}, whatever its purpose or expiry (a new code, or a new
     * password, makes the earlier ones worthless).
     *
     * @return how many codes it revoked
     */
    int revokeUnused(ContactId contact, Instant at);

    /**
     * Deletes the codes that expired before {@code before}, used or not (housekeeping).
     *
     * @return how many it deleted
     */
    int deleteExpiredBefore(Instant before);
}
