package dev.helpdesk.web.http;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import java.util.Optional;

/**
 * What the portal remembers between requests of one browser: its CSRF token, who signed in, the chosen language
 * and a message to show once. Kept in memory by {@link SessionStore}; the cookie holds only a random id.
 */
public final class PortalSession {
    private final String csrfToken;
    private volatile ContactId contact;
    private volatile String displayName = "";
    private volatile String organizationName = "";
    private volatile Language language;
    private volatile String flash;
    private volatile java.time.ZoneId zone = java.time.ZoneOffset.UTC;

    PortalSession(String csrfToken) {
        this.csrfToken = csrfToken;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Optional<ContactId> contact() {
        return Optional.ofNullable(contact);
    }

    public String displayName() {
        return displayName;
    }

    public String organizationName() {
        return organizationName;
    }

    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }

    public void language(Language chosen) {
        this.language = chosen;
    }

    /** The time zone of the contact's organization, until the browser tells its own. */
    public java.time.ZoneId zone() {
        return zone;
    }

    void signedIn(ContactId who, String name, String organization, java.time.ZoneId organizationZone,
            Language preferred) {
        this.contact = who;
        this.zone = organizationZone;
        this.displayName = name;
        this.organizationName = organization;
        if (preferred != null) {
            this.language = preferred;
        }
    }

    /** Keeps a translated message for the next page shown. */
    public void flash(String message) {
        this.flash = message;
    }

    /** Whether a message waits to be shown (a page showing it is for once only). */
    public boolean hasFlash() {
        return flash != null;
    }

    /** The message kept for this page, once. */
    public Optional<String> takeFlash() {
        String message = flash;
        flash = null;
        return Optional.ofNullable(message);
    }

    PortalSession copyWithToken(String newToken) {
        PortalSession copy = new PortalSession(newToken);
        copy.language = language;
        copy.flash = flash;
        return copy;
    }
}
