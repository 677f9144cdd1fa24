package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.RatingRepository;

public final class JdbcRatingRepository implements RatingRepository {
    private final Database database;

    public JdbcRatingRepository(Database database, dev.helpdesk.core.port.Clock clock) {
        this.database = database;
    }
}
