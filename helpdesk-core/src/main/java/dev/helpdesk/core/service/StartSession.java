package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.session.Principal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts a session for someone who just signed in.
 *
 * @param language         the language to speak, when chosen; else the browser's
 * @param idleTimeout      how long without a request ends it
 * @param absoluteLifetime how long it lasts at most, however active
 */
public record StartSession(Principal subject, Optional<Language> language, String displayName,
                           String organizationName, ZoneId zone, Duration idleTimeout, Duration absoluteLifetime) {
    public StartSession {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(absoluteLifetime, "absoluteLifetime");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteLifetime.isNegative()
                || absoluteLifetime.isZero()) {
            throw new IllegalArgumentException("a session's idle timeout and lifetime must be positive");
        }
    }
}
