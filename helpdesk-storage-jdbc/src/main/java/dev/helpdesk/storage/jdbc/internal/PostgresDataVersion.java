package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.DataVersion;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL's {@link DataVersion}: the current transaction snapshot ({@code xmin:xmax:in-progress ids}). A commit
 * on any node removes its transaction from the in-progress list or moves the bounds, and neither ever goes back,
 * so an equal snapshot means that nothing committed in between. It changes for other databases of the same server
 * too, which only costs some reuse. A failed ask gives a version never seen again.
 */
final class PostgresDataVersion implements DataVersion {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresDataVersion.class);

    private final DataSource pool;

    PostgresDataVersion(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Object current() {
        try (Connection connection = pool.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT txid_current_snapshot()::text")) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            LOG.warn("Cannot read the PostgreSQL snapshot; pages are not reused until it can be read", e);
            return new Object();
        }
    }
}
