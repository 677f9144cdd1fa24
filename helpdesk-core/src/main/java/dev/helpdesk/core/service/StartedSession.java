package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.session.Session;
import java.util.Objects;

/**
 * A new session and its id in clear, handed out this once (for the cookie); only the id's hash is stored.
 * {@link #toString()} hides the id, so that logging this record leaks nothing.
 */
public record StartedSession(String id, Session session) {
    public StartedSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(session, "session");
    }

    @Override
    public String toString() {
        return "StartedSession[id=(hidden), subject=" + session.subject() + "]";
    }
}
