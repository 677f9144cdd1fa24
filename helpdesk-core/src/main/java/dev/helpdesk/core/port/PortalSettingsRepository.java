package dev.helpdesk.core.port;

/** The portal settings: base URL, welcome texts, ticket types customers may pick. */
public interface PortalSettingsRepository {
}
