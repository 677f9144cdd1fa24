package dev.helpdesk.web.internal;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.helpdesk.core.domain.session.Principal;
import dev.helpdesk.core.domain.session.Session;
import dev.helpdesk.core.service.SessionService;
import dev.helpdesk.core.service.StartSession;
import dev.helpdesk.core.service.StartedSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The portal's signed-in sessions: kept in storage by core's {@link SessionService}, so a restart signs nobody out
 * and every node sees the same ones, with a small cache in front so that most requests read nothing. The cache
 * keeps an answer (a session, or none) for {@code cacheTtl} at most, measured on the helpdesk's clock: a sign-out or
 * a password change on another node takes effect here within that time, on this node at once. Anonymous visitors
 * have no session at all, so no number of them can push a signed-in one out: the cache only forgets, and a
 * forgotten session is read again from storage.
 */
final class SessionStore {
    /** Enough for the sessions active within the cache time on one node; beyond it, entries are read again. */
    private static final long CACHED = 10_000;

    private final SessionService sessions;
    private final LoadingCache<String, Optional<Session>> cache;

    SessionStore(SessionService sessions, Duration cacheTtl) {
        this.sessions = sessions;
        Ticker helpdeskTime = () -> {
            Instant now = sessions.now();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
        this.cache = Caffeine.newBuilder().ticker(helpdeskTime).expireAfterWrite(cacheTtl).maximumSize(CACHED)
                .build(sessions::find);
    }

    /** The valid session with this id, recording that it was used (written about once a minute). */
    Optional<PortalSession> find(String id) {
        if (id == null || id.isEmpty() || id.length() > 128) {
            return Optional.empty();
        }
        Optional<Session> found = cache.get(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Session session = found.get();
        if (!session.isValidAt(sessions.now())) {
            cache.put(id, Optional.empty());
            return Optional.empty();
        }
        Session seen = sessions.seen(session);
        if (seen != session) {
            cache.put(id, Optional.of(seen));
        }
        return Optional.of(new PortalSession(id, seen));
    }

    /** Starts a session (at sign-in); {@code previousId}'s session, if any, ends: a planted id is worthless after. */
    PortalSession start(StartSession command, String previousId) {
        end(previousId);
        forgetAllOf(command.subject());
        StartedSession started = sessions.start(command);
        cache.put(started.id(), Optional.of(started.session()));
        return new PortalSession(started.id(), started.session());
    }

    /** Stores a changed language or name; the session as it now stands, or none if it ended meanwhile. */
    Optional<PortalSession> update(PortalSession current, Session changed) {
        if (!sessions.update(changed)) {
            cache.put(current.id(), Optional.empty());
            return Optional.empty();
        }
        cache.put(current.id(), Optional.of(changed));
        return Optional.of(new PortalSession(current.id(), changed));
    }

    /** Ends the session with this id, here and in storage. */
    void end(String id) {
        if (id != null && !id.isEmpty() && id.length() <= 128) {
            sessions.end(id);
            cache.invalidate(id);
        }
    }

    /**
     * Forgets what this node keeps of {@code subject}'s sessions, so the next request of each reads storage again:
     * after a new password, which ends them all there.
     */
    void forgetAllOf(Principal subject) {
        cache.asMap().values().removeIf(s -> s.isPresent() && s.get().subject().equals(subject));
    }
}
