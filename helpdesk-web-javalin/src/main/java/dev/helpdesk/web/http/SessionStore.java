package dev.helpdesk.web.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The portal's sessions in memory, bounded in number and forgotten after an idle time. Ids and CSRF tokens are
 * 256 random bits. A restart signs everyone out, which is acceptable for a portal whose sign-in is cheap; a host
 * with several nodes supplies its users through {@code IdentityResolver} instead.
 */
public final class SessionStore {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Cache<String, PortalSession> sessions;

    public SessionStore(Duration idle, long maxSessions) {
        this.sessions = Caffeine.newBuilder().expireAfterAccess(idle).maximumSize(maxSessions).build();
    }

    public Optional<PortalSession> find(String id) {
        return id == null || id.isEmpty() ? Optional.empty() : Optional.ofNullable(sessions.getIfPresent(id));
    }

    /** A new session and its id. */
    public Created create() {
        String id = randomToken();
        PortalSession session = new PortalSession(randomToken());
        sessions.put(id, session);
        return new Created(id, session);
    }

    /**
     * Ends the session under {@code oldId} and starts a new one with a new id and CSRF token, keeping the language
     * and any message: done at sign-in, so an id planted before it is worthless after.
     */
    public Created rotate(String oldId, PortalSession old) {
        if (oldId != null) {
            sessions.invalidate(oldId);
        }
        String id = randomToken();
        PortalSession session = old == null ? new PortalSession(randomToken()) : old.copyWithToken(randomToken());
        sessions.put(id, session);
        return new Created(id, session);
    }

    public void invalidate(String id) {
        if (id != null) {
            sessions.invalidate(id);
        }
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public record Created(String id, PortalSession session) {
    }
}
