package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.session.Principal;
import dev.helpdesk.core.domain.session.Session;
import java.time.Instant;
import java.util.Optional;

/**
 * Signed-in sessions, shared by every node of a portal, stored by the SHA-256 of their id only. Writes belong
 * inside {@link Transactor#inTransaction} or commit on their own.
 */
public interface SessionRepository {

    /** Stores a new session; a hash already stored is a {@code ConflictException} ({@code session.duplicate}). */
    void insert(Session session);

    /** The session with this id hash, if it is {@link Session#isValidAt valid} at {@code now}. */
    Optional<Session> find(String idHash, Instant now);

    /**
     * Records a request at {@code at}: the session's last-seen time moves forward, never back.
     *
     * @return whether the session is stored (valid or not)
     */
    boolean touch(String idHash, Instant at);

    /**
     * Replaces what may change in a stored session: its language, display name, organization name and zone. Never
     * stores a session that is gone (ended on another node meanwhile).
     *
     * @return whether the session was stored
     */
    boolean update(Session session);

    /** @return whether a session was deleted */
    boolean delete(String idHash);

    /**
     * Deletes every session of {@code subject} but the one with {@code exceptIdHash}, if given (a password change
     * ends the person's other sessions).
     *
     * @return how many it deleted
     */
    int deleteAllOf(Principal subject, Optional<String> exceptIdHash);

    /**
     * Deletes the sessions no longer valid at {@code now}, by idle time or absolute lifetime (housekeeping).
     *
     * @return how many it deleted
     */
    int deleteExpired(Instant now);

    /**
     * The key named {@code name} that every node shares (such as the one signing anonymous CSRF tokens): the one
     * stored, or else {@code candidate}, stored now. Of two nodes offering different candidates at once, both get
     * the same key back.
     */
    byte[] sharedKey(String name, byte[] candidate);
}
