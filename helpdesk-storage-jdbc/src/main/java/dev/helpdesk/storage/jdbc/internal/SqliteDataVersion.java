package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.DataVersion;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQLite file's {@link DataVersion}, from {@code PRAGMA data_version} on a connection of its own: SQLite changes
 * that number whenever another connection, of this process or of another, commits to the file. A connection that
 * only asks is never the one writing, so every commit shows. Each change of the number, and each new watching
 * connection, counts one version up; a failed ask gives a version never seen again, so nothing is reused on a guess.
 */
final class SqliteDataVersion implements DataVersion, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDataVersion.class);

    private final String jdbcUrl;
    private Connection watcher;
    private PreparedStatement ask;
    private long lastSeen;
    private long version;

    SqliteDataVersion(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    @Override
    public synchronized Object current() {
        try {
            if (watcher == null) {
                Properties properties = new Properties();
                properties.setProperty("busy_timeout", "10000");
                watcher = DriverManager.getConnection(jdbcUrl, properties);
                ask = watcher.prepareStatement("PRAGMA data_version");
                lastSeen = read();
                return ++version;
            }
            long seen = read();
            if (seen != lastSeen) {
                lastSeen = seen;
                version++;
            }
            return version;
        } catch (SQLException e) {
            LOG.warn("Cannot read the SQLite data version; pages are not reused until it can be read", e);
            close();
            version++;
            return new Object();
        }
    }

    private long read() throws SQLException {
        try (ResultSet row = ask.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (SQLException e) {
            LOG.debug("Closing the SQLite data-version connection failed", e);
        } finally {
            watcher = null;
            ask = null;
        }
    }
}
