package dev.helpdesk.core.domain.session;

import dev.helpdesk.core.domain.account.Language;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A signed-in session as stored: the SHA-256 of its id, never the id itself (a stolen table signs nobody in).
 *
 * @param idHash           the id's SHA-256, 64 lower-case hex digits
 * @param subject          who signed in
 * @param csrfToken        the token every form of this session carries
 * @param language         the language spoken to the person, when one was chosen; else the browser's
 * @param displayName      the name shown in the page's corner
 * @param organizationName the organization shown at the top of the sidebar; empty for none
 * @param zone             the time zone of the person's organization, until the browser tells its own
 * @param createdAt        when the person signed in
 * @param lastSeenAt       the last request seen (written about once a minute, not on every request)
 * @param idleTimeout      how long without a request ends the session
 * @param expiresAt        when the session ends however active it is (its absolute lifetime)
 */
public record Session(String idHash, Principal subject, String csrfToken, Optional<Language> language,
                      String displayName, String organizationName, ZoneId zone, Instant createdAt, Instant lastSeenAt,
                      Duration idleTimeout, Instant expiresAt) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public Session {
        Objects.requireNonNull(idHash, "idHash");
        if (!SHA256_HEX.matcher(idHash).matches()) {
            throw new IllegalArgumentException("idHash must be a SHA-256 in lower-case hex");
        }
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(csrfToken, "csrfToken");
        if (csrfToken.isBlank()) {
            throw new IllegalArgumentException("csrfToken must not be blank");
        }
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(organizationName, "organizationName");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("a session must expire after it is created");
        }
        if (lastSeenAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("a session cannot be seen before it is created");
        }
    }

    /** When the session ends if no request comes before. */
    public Instant idleExpiresAt() {
        return lastSeenAt.plus(idleTimeout);
    }

    /** Neither idle for too long nor past its absolute lifetime (it ends at either instant exactly). */
    public boolean isValidAt(Instant now) {
        return now.isBefore(idleExpiresAt()) && now.isBefore(expiresAt);
    }

    /** The same session, last seen at {@code at}. */
    public Session seenAt(Instant at) {
        return new Session(idHash, subject, csrfToken, language, displayName, organizationName, zone, createdAt, at,
                idleTimeout, expiresAt);
    }

    /** The same session speaking {@code chosen}. */
    public Session withLanguage(Language chosen) {
        return new Session(idHash, subject, csrfToken, Optional.of(chosen), displayName, organizationName, zone,
                createdAt, lastSeenAt, idleTimeout, expiresAt);
    }

    /** The same session showing a new name and organization (after a profile change). */
    public Session withNames(String newDisplayName, String newOrganizationName, ZoneId newZone) {
        return new Session(idHash, subject, csrfToken, language, newDisplayName, newOrganizationName, newZone,
                createdAt, lastSeenAt, idleTimeout, expiresAt);
    }
}
