package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.SecretShareRepository;

public final class JdbcSecretShareRepository implements SecretShareRepository {
    private final Database database;

    public JdbcSecretShareRepository(Database database, dev.helpdesk.core.port.Clock clock) {
        this.database = database;
    }
}
