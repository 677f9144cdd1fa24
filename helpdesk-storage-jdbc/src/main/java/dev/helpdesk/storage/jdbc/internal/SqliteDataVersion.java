package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.DataVersion;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SQLite file's {@link DataVersion}: a count of commits.
 * <ul>
 *   <li>This process's commits count at once: {@link Database} calls {@link #committed()} after each, before the
 *       write returns, so whoever wrote sees a new version on their next request.</li>
 *   <li>Commits by other processes on the same file are noticed with {@code PRAGMA data_version} on a connection
 *       of its own (SQLite changes that number whenever another connection commits), asked at most every
 *       {@link #OTHERS_CHECKED_EVERY}, by whichever caller comes first; the others never wait for it. Asking on
 *       every call took a lock that, on a busy two-core machine, made requests queue behind it for many
 *       milliseconds.</li>
 * </ul>
 * A watching connection that cannot be opened or asked counts as a change, and is tried again later.
 */
final class SqliteDataVersion implements DataVersion, AutoCloseable {
    /** How late a commit by another process may be noticed. */
    static final Duration OTHERS_CHECKED_EVERY = Duration.ofMillis(10);
    private static final Logger LOG = LoggerFactory.getLogger(SqliteDataVersion.class);

    private final String jdbcUrl;
    private final AtomicLong version = new AtomicLong();
    private final ReentrantLock asking = new ReentrantLock();
    private final long checkEveryNanos = OTHERS_CHECKED_EVERY.toNanos();
    private volatile long lastAsked = System.nanoTime() - 2 * checkEveryNanos;
    // guarded by asking
    private Connection watcher;
    private PreparedStatement ask;
    private long lastSeen;
    private boolean failing;

    SqliteDataVersion(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** Counts a commit of this process. */
    void committed() {
        version.incrementAndGet();
    }

    @Override
    public Object current() {
        long now = System.nanoTime();
        if (now - lastAsked >= checkEveryNanos && asking.tryLock()) {
            try {
                lastAsked = now;
                askForOtherCommits();
            } finally {
                asking.unlock();
            }
        }
        return version.get();
    }

    private void askForOtherCommits() {
        try {
            if (watcher == null) {
                Properties properties = new Properties();
                properties.setProperty("busy_timeout", "10000");
                watcher = DriverManager.getConnection(jdbcUrl, properties);
                ask = watcher.prepareStatement("PRAGMA data_version");
                lastSeen = read();
                version.incrementAndGet(); // what happened before this connection watched is unknown
            } else {
                long seen = read();
                if (seen != lastSeen) {
                    lastSeen = seen;
                    version.incrementAndGet();
                }
            }
            failing = false;
        } catch (SQLException e) {
            if (!failing) {
                LOG.warn("Cannot read the SQLite data version; commits by other processes count as made at once "
                        + "until it can be read", e);
            }
            failing = true;
            closeWatcher();
            version.incrementAndGet();
        }
    }

    private long read() throws SQLException {
        try (ResultSet row = ask.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    @Override
    public void close() {
        asking.lock();
        try {
            closeWatcher();
        } finally {
            asking.unlock();
        }
    }

    private void closeWatcher() {
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
