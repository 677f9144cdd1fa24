package dev.helpdesk.storage.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
    /** The connection of the calling thread's read unit ({@link #inReadTransaction}), if it is in one. */
    private final ThreadLocal<Handle> reading = new ThreadLocal<>();

    private Database(Dialect dialect, HikariDataSource writerPool, HikariDataSource readerPool) {
        this.dialect = dialect;
        this.writerPool = writerPool;
        this.readerPool = readerPool;
        this.writer = Jdbi.create(writerPool);
        this.reader = readerPool == writerPool ? writer : Jdbi.create(readerPool);
        if (dialect == Dialect.SQLITE) {
            // PostgreSQL's driver keeps prepared statements itself (prepareThreshold); SQLite's does not
            ReusedStatements statements = new ReusedStatements();
            writer.setStatementBuilderFactory(connection -> statements);
            reader.setStatementBuilderFactory(connection -> statements);
        }
    }

    /** Opens the pools and brings the schema to the current version with Flyway. */
    public static Database open(String jdbcUrl, String user, String password, int maxPoolSize) {
        boolean sqlite = jdbcUrl.startsWith("jdbc:sqlite:");
        Database database;
        if (sqlite) {
            HikariDataSource writerPool = pool(jdbcUrl, user, password, 1, true, "helpdesk-sqlite-writer");
            HikariDataSource readerPool = pool(jdbcUrl, user, password, maxPoolSize, false, "helpdesk-sqlite-readers");
            database = new Database(Dialect.SQLITE, writerPool, readerPool);
        } else {
            HikariDataSource pool = pool(jdbcUrl, user, password, maxPoolSize, false, "helpdesk-postgresql");
            database = new Database(Dialect.POSTGRESQL, pool, pool);
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
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error failure) {
                rollback(handle, failure);
                throw failure;
            }
            commit(handle);
            return result;
        } finally {
            current.remove();
            if (sqlite) {
                writeLock.unlock();
            }
        }
    }

    /**
     * Runs {@code work}'s reads on one reader connection in one read transaction (one snapshot), instead of a
     * connection and a transaction each; inside a unit of work, or another read unit, it just runs.
     */
    @Override
    public <T> T inReadTransaction(Supplier<T> work) {
        if (current.get() != null || reading.get() != null) {
            return work.get();
        }
        try (Handle handle = open(reader)) {
            return translate(() -> inSnapshot(handle, h -> {
                reading.set(h);
                try {
                    return work.get();
                } finally {
                    reading.remove();
                }
            }));
        }
    }

    private <T> T inSnapshot(Handle handle, org.jdbi.v3.core.HandleCallback<T, RuntimeException> reads) {
        return dialect == Dialect.POSTGRESQL
                ? handle.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, reads)
                : handle.inTransaction(reads);
    }

    /** Whether the calling thread is inside a unit of work. */
    public boolean inUnitOfWork() {
        return current.get() != null;
    }

    /**
     * Runs a read on the current unit of work's connection, or the current read unit's, or in a read transaction of
     * its own.
     */
    public <T> T read(Function<Handle, T> query) {
        Handle joined = current.get();
        if (joined == null) {
            joined = reading.get();
        }
        if (joined != null) {
            Handle handle = joined;
            return translate(() -> query.apply(handle));
        }
        try (Handle handle = open(reader)) {
            // one snapshot for every statement of the read (a ticket and its messages agree)
            return translate(() -> inSnapshot(handle, query::apply));
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
