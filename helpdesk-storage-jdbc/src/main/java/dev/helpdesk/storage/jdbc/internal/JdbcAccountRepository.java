package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.AccountRepository;

public final class JdbcAccountRepository implements AccountRepository {
    private final Database database;

    public JdbcAccountRepository(Database database, dev.helpdesk.core.port.Clock clock) {
        this.database = database;
    }
}
