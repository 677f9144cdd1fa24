package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.portal.PortalSettings;
import java.util.Optional;

/** The portal settings: base URL, welcome texts, ticket types customers may pick. One set per storage. */
public interface PortalSettingsRepository {

    /** The stored settings with their stored version; empty until saved once (the service then uses defaults). */
    Optional<PortalSettings> find();

    /**
     * Stores settings over the version they were read at: {@link PortalSettings#version() version} 0 when none are
     * stored yet, otherwise the stored version. The stored version becomes one more, and the settings with it are
     * returned. Over another version it is a {@code ConflictException} with code {@code portal_settings.stale}, and
     * nothing is written.
     */
    PortalSettings save(PortalSettings settings);
}
