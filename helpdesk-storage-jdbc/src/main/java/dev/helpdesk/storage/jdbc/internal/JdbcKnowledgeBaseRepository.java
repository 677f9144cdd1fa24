package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.KnowledgeBaseRepository;

public final class JdbcKnowledgeBaseRepository implements KnowledgeBaseRepository {
    private final Database database;

    public JdbcKnowledgeBaseRepository(Database database, dev.helpdesk.core.port.Clock clock) {
        this.database = database;
    }
}
