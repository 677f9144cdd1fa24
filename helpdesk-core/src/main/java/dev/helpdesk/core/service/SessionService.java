package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.Digests;
import dev.helpdesk.core.domain.session.Session;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.SessionRepository;
import dev.helpdesk.core.port.Transactor;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Signed-in sessions kept in storage, so that a restart signs nobody out and every node of a portal sees the same
 * ones. Ids and CSRF tokens are 256 random bits; only an id's SHA-256 is stored. The web layer puts a short-lived
 * cache in front; password changes and resets end a person's sessions through {@link AccountService}.
 */
public final class SessionService {
    /** A session's last-seen time is written at most this often, not on every request. */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    /** How often a node deletes expired sessions, on the way of starting one. */
    public static final Duration PURGE_INTERVAL = Duration.ofHours(1);
    private final java.util.concurrent.atomic.AtomicReference<Instant> lastPurge =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** Longer than any id this service hands out: anything longer is not worth hashing. */
    private static final int MAX_ID_LENGTH = 128;

    private final Transactor transactor;
    private final SessionRepository sessions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public SessionService(Transactor transactor, SessionRepository sessions, Clock clock) {
        this.transactor = Objects.requireNonNull(transactor, "transactor");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The time sessions are judged by: the helpdesk's clock (a cache in front of this service ages by it too). */
    public Instant now() {
        return clock.now();
    }

    /** Starts a session with a new random id and CSRF token. */
    public StartedSession start(StartSession command) {
        Objects.requireNonNull(command, "command");
        String id = randomToken();
        Instant now = clock.now();
        Session session = new Session(Digests.sha256Hex(id), command.subject(), randomToken(), command.language(),
                command.displayName(), command.organizationName(), command.zone(), now, now, command.idleTimeout(),
                now.plus(command.absoluteLifetime()));
        transactor.run(() -> sessions.insert(session));
        purgeNowAndThen(now);
        return new StartedSession(id, session);
    }

    /** The session with this id, if it is still valid (neither idle too long nor past its lifetime). */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            return Optional.empty();
        }
        return sessions.find(Digests.sha256Hex(id), clock.now());
    }

    /**
     * Records that the session was used now, writing only when {@link #TOUCH_INTERVAL} has passed since the last
     * time written; returns the session as it now stands.
     */
    public Session seen(Session session) {
        Instant now = clock.now();
        if (Duration.between(session.lastSeenAt(), now).compareTo(TOUCH_INTERVAL) < 0) {
            return session;
        }
        transactor.run(() -> sessions.touch(session.idHash(), now));
        return session.seenAt(now);
    }

    /** Stores the session's new language and names; {@code false} if it ended meanwhile. */
    public boolean update(Session changed) {
        return transactor.inTransaction(() -> sessions.update(changed));
    }

    /** Ends the session with this id (sign-out); nothing if there is none. */
    public void end(String id) {
        if (id != null && !id.isEmpty() && id.length() <= MAX_ID_LENGTH) {
            transactor.run(() -> sessions.delete(Digests.sha256Hex(id)));
        }
    }

    /**
     * Expired sessions are deleted by the node that starts a session at least {@link #PURGE_INTERVAL} after its last
     * purge, so a host needs no scheduler for it; a purge by several nodes at once deletes nothing twice.
     */
    private void purgeNowAndThen(Instant now) {
        Instant last = lastPurge.get();
        if ((last == null || !now.isBefore(last.plus(PURGE_INTERVAL))) && lastPurge.compareAndSet(last, now)) {
            purgeExpired();
        }
    }

    /** Deletes the sessions that expired (housekeeping, for a scheduled job); returns how many. */
    public int purgeExpired() {
        return transactor.inTransaction(() -> sessions.deleteExpired(clock.now()));
    }

    /**
     * The 256-bit key named {@code name} that every node of the portal shares, made at first use and kept in
     * storage: what signs state a browser keeps for the portal (anonymous CSRF tokens).
     */
    public byte[] sharedKey(String name) {
        byte[] candidate = new byte[32];
        random.nextBytes(candidate);
        return transactor.inTransaction(() -> sessions.sharedKey(name, candidate));
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
