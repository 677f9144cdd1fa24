package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.PortalSettingsRepository;

public final class JdbcPortalSettingsRepository implements PortalSettingsRepository {
    private final Database database;

    public JdbcPortalSettingsRepository(Database database, dev.helpdesk.core.port.Clock clock) {
        this.database = database;
    }
}
