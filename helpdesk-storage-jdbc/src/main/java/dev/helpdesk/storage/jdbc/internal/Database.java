package dev.helpdesk.storage.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.helpdesk.core.port.DataVersion;
import dev.helpdesk.core.port.StorageException;
import dev.helpdesk.core.port.Transactor;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The connections and the units of work. SQLite has one writer: every unit of work runs on a single writer
 * connection, one at a time (a lock, so writers queue instead of failing with SQLITE_BUSY), while reads use a pool
 * of reader connections (WAL lets them run beside the writer). PostgreSQL uses one pool for both.
 * Inside a unit of work every statement, reads included, uses that unit's connection.
 */
public final class Database implements Transactor, AutoCloseable {
    private final Dialect dialect;
    private final HikariDataSource writerPool;
    private final HikariDataSource readerPool;
    private final Jdbi writer;
    private final Jdbi reader;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private final DataVersion version;
    /** SQLite's version, told of this process's commits; null on PostgreSQL, whose snapshot shows them itself. */
    private final SqliteDataVersion sqliteVersion;

    private Database(Dialect dialect, String jdbcUrl, HikariDataSource writerPool, HikariDataSource readerPool) {
        this.dialect = dialect;
        this.writerPool = writerPool;
        this.readerPool = readerPool;
        this.sqliteVersion = dialect == Dialect.SQLITE ? new SqliteDataVersion(jdbcUrl) : null;
        this.version = sqliteVersion != null ? sqliteVersion : new PostgresDataVersion(readerPool);
        this.writer = Jdbi.create(writerPool);
        this.reader = readerPool == writerPool ? writer : Jdbi.create(readerPool);
    }

    /** Opens the pools and brings the schema to the current version with Flyway. */
    public static Database open(String jdbcUrl, String user, String password, int maxPoolSize) {
        boolean sqlite = jdbcUrl.startsWith("jdbc:sqlite:");
        Database database;
        if (sqlite) {
            HikariDataSource writerPool = pool(jdbcUrl, user, password, 1, true, "helpdesk-sqlite-writer");
            HikariDataSource readerPool = pool(jdbcUrl, user, password, maxPoolSize, false, "helpdesk-sqlite-readers");
            database = new Database(Dialect.SQLITE, jdbcUrl, writerPool, readerPool);
        } else {
            HikariDataSource pool = pool(jdbcUrl, user, password, maxPoolSize, false, "helpdesk-postgresql");
            database = new Database(Dialect.POSTGRESQL, jdbcUrl, pool, pool);
        }
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    private static HikariDataSource pool(String url, String user, String password, int size, boolean sqliteWriter,
                                         String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (!user.isEmpty()) {
            config.setUsername(user);
            config.setPassword(password);
        }
        config.setMaximumPoolSize(size);
        config.setPoolName(name);
        if (url.startsWith("jdbc:sqlite:")) {
            config.addDataSourceProperty("journal_mode", "WAL");
            // NORMAL in WAL mode: a committed transaction survives a crash of the process; fsync at checkpoints
            config.addDataSourceProperty("synchronous", "NORMAL");
            config.addDataSourceProperty("busy_timeout", "10000");
            config.addDataSourceProperty("foreign_keys", "true");
            if (sqliteWriter) {
                // take the write lock at BEGIN, so a second process waits (busy_timeout) rather than failing later
                config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            }
        }
        return new HikariDataSource(config);
    }

    private void migrate() {
        DataSource target = writerPool;
        Flyway.configure().dataSource(target).locations(dialect.migrations()).load().migrate();
    }

    public Dialect dialect() {
        return dialect;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        boolean sqlite = dialect == Dialect.SQLITE;
        if (sqlite) {
            writeLock.lock();
        }
        try (Handle handle = open(writer)) {
            begin(handle);
            current.set(handle);
            long changesBefore = sqliteVersion != null ? rowsChanged(handle) : 0;
            T result;
            boolean changed;
            try {
                result = work.get();
                changed = sqliteVersion != null && rowsChanged(handle) != changesBefore;
            } catch (RuntimeException | Error failure) {
                rollback(handle, failure);
                throw failure;
            }
            commit(handle);
            if (changed) {
                // before the write returns (and the writer's next request reads), and only for real changes: the
                // outbox relay's frequent empty claims must not make every kept page look out of date
                sqliteVersion.committed();
            }
            return result;
        } finally {
            current.remove();
            if (sqlite) {
                writeLock.unlock();
            }
        }
    }

    /** Changes whenever anyone commits to the database: see {@link DataVersion}. */
    public DataVersion dataVersion() {
        return version;
    }

    /** Rows inserted, updated or deleted on this connection since it opened (SQLite's {@code total_changes()}). */
    private static long rowsChanged(Handle handle) {
        return translate(() -> handle.createQuery("SELECT total_changes()").mapTo(Long.class).one());
    }

    /** Whether the calling thread is inside a unit of work. */
    public boolean inUnitOfWork() {
        return current.get() != null;
    }

    /** Runs a read on the current unit of work's connection, or in a read transaction of its own. */
    public <T> T read(Function<Handle, T> query) {
        Handle inUnit = current.get();
        if (inUnit != null) {
            return translate(() -> query.apply(inUnit));
        }
        try (Handle handle = open(reader)) {
            // one snapshot for every statement of the read (a ticket and its messages agree)
            return translate(() -> dialect == Dialect.POSTGRESQL
                    ? handle.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, query::apply)
                    : handle.inTransaction(query::apply));
        }
    }

    /** Runs a write in the current unit of work, or in a unit of its own. */
    public void write(Consumer<Handle> change) {
        inTransaction(() -> {
            Handle handle = current.get();
            translate(() -> {
                change.accept(handle);
                return null;
            });
            return null;
        });
    }

    /** Like {@link #write} with a result. */
    public <T> T writeAndGet(Function<Handle, T> change) {
        return inTransaction(() -> {
            Handle handle = current.get();
            return translate(() -> change.apply(handle));
        });
    }

    @Override
    public void close() {
        if (sqliteVersion != null) {
            sqliteVersion.close();
        }
        if (readerPool != writerPool) {
            readerPool.close();
        }
        writerPool.close();
    }

    /** Whether a failure is a unique or primary-key violation (the caller turns it into a domain conflict). */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                SQLException sql = (SQLException) cause;
                String message = String.valueOf(sql.getMessage());
                if ("23505".equals(sql.getSQLState()) || message.contains("UNIQUE constraint failed")
                        || message.contains("PRIMARY KEY constraint failed")) {
                    return true;
                }
            }
        }
        return false;
    }

    private Handle open(Jdbi jdbi) {
        try {
            return jdbi.open();
        } catch (JdbiException e) {
            throw new StorageException("cannot connect to the " + dialect + " database", e);
        }
    }

    private static void begin(Handle handle) {
        try {
            handle.begin();
        } catch (JdbiException e) {
            throw new StorageException("cannot begin a transaction", e);
        }
    }

    private static void commit(Handle handle) {
        try {
            handle.commit();
        } catch (JdbiException e) {
            rollback(handle, e);
            throw new StorageException("cannot commit the transaction", e);
        }
    }

    private static void rollback(Handle handle, Throwable failure) {
        try {
            handle.rollback();
        } catch (JdbiException e) {
            failure.addSuppressed(e);
        }
    }

    /** Database failures become StorageException; domain exceptions pass through untouched. */
    private static <T> T translate(Supplier<T> work) {
        try {
            return work.get();
        } catch (JdbiException e) {
            if (isUniqueViolation(e)) {
                throw e;
            }
            throw new StorageException("a database statement failed", e);
        }
    }
}
