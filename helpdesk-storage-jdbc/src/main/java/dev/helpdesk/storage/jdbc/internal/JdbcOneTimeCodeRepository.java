package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.OneTimeCodeRepository;

public final class JdbcOneTimeCodeRepository implements OneTimeCodeRepository {
    private final Database database;

    public JdbcOneTimeCodeRepository(Database database, dev.helpdesk.core.port.Clock clock) {
        this.database = database;
    }
}
