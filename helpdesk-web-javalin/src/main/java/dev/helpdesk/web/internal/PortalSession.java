package dev.helpdesk.web.internal;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.session.Session;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A signed-in browser's session as the pages see it: its CSRF token, who signed in, the chosen language and the
 * names shown. Kept in storage through core's {@code SessionService} (shared by every node), with a short cache in
 * front ({@link SessionStore}); the cookie holds only the random id. Anonymous visitors have none.
 */
public final class PortalSession {
    private final String id;
    private final Session stored;

    PortalSession(String id, Session stored) {
        this.id = Objects.requireNonNull(id, "id");
        this.stored = Objects.requireNonNull(stored, "stored");
    }

    /** The id in clear, as the cookie holds it. */
    String id() {
        return id;
    }

    Session stored() {
        return stored;
    }

    public String csrfToken() {
        return stored.csrfToken();
    }

    public Optional<ContactId> contact() {
        return stored.subject().contact();
    }

    public String displayName() {
        return stored.displayName();
    }

    public String organizationName() {
        return stored.organizationName();
    }

    public Optional<Language> language() {
        return stored.language();
    }

    /** The time zone of the contact's organization, until the browser tells its own. */
    public ZoneId zone() {
        return stored.zone();
    }
}
