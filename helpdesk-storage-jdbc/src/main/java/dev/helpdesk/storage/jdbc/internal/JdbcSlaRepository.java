package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.SlaRepository;

public final class JdbcSlaRepository implements SlaRepository {
    private final Database database;

    public JdbcSlaRepository(Database database, dev.helpdesk.core.port.Clock clock) {
        this.database = database;
    }
}
