package dev.helpdesk.core.contract;

/** What every {@link dev.helpdesk.core.port.PortalSettingsRepository} must do. */
public abstract class PortalSettingsRepositoryContract extends PortContract {
}
