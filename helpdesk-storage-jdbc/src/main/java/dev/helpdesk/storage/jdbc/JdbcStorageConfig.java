package dev.helpdesk.storage.jdbc;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the JDBC storage adapter keeps its data and how many connections it may open.
 *
 * <p>Two databases are supported: an SQLite file (the zero set-up default) and PostgreSQL (several
 * nodes sharing one database). Build one with {@link #sqlite(Path)} or {@link #postgres(String, String, String)}:
 *
 * <pre>{@code
 * JdbcStorageConfig.sqlite(Path.of("data/helpdesk.db"));
 * JdbcStorageConfig.postgres("jdbc:postgresql://db:5432/helpdesk", "helpdesk", secret).withMaxPoolSize(20);
 * }</pre>
 *
 * <p>{@link #toString()} never shows the password, neither the component nor a {@code password=} parameter
 * of the URL, so a config can be logged safely.
 *
 * @param jdbcUrl     a {@code jdbc:sqlite:} or {@code jdbc:postgresql:} URL, not blank
 * @param user        database user; empty when the database needs none (SQLite)
 * @param password    database password; empty when the database needs none (SQLite)
 * @param maxPoolSize the most connections the pool opens, at least 1
 */
public record JdbcStorageConfig(String jdbcUrl, String user, String password, int maxPoolSize) {

    /** URL prefix of an SQLite database file. */
    public static final String SQLITE_URL_PREFIX = "jdbc:sqlite:";
    /** URL prefix of a PostgreSQL database. */
    public static final String POSTGRES_URL_PREFIX = "jdbc:postgresql:";
    /**
     * Pool size of {@link #sqlite(Path)}: the WAL readers (SQLite has a single writer connection besides). A page's
     * reads hold one reader for the page (one read transaction), so a web portal under load needs more than a few;
     * a reader costs little more than its page cache.
     */
    public static final int DEFAULT_SQLITE_POOL_SIZE = 10;
    /** Pool size of {@link #postgres(String, String, String)}, the HikariCP default. */
    public static final int DEFAULT_POSTGRES_POOL_SIZE = 10;

    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    /**
     * Validates the configuration.
     *
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if {@code jdbcUrl} is blank or not an SQLite/PostgreSQL URL,
     *                                  or {@code maxPoolSize} is less than 1
     */
    public JdbcStorageConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (jdbcUrl.isBlank()) {
            throw new IllegalArgumentException("jdbcUrl must not be blank");
        }
        if (!jdbcUrl.startsWith(SQLITE_URL_PREFIX) && !jdbcUrl.startsWith(POSTGRES_URL_PREFIX)) {
            // The URL itself is not echoed: it may carry credentials.
            throw new IllegalArgumentException("jdbcUrl must start with '" + SQLITE_URL_PREFIX + "' or '"
                    + POSTGRES_URL_PREFIX + "'; other databases are not supported");
        }
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1 but was " + maxPoolSize);
        }
    }

    /**
     * An SQLite database in {@code file} (created on first use), with no user and no password.
     *
     * @param file the database file; a relative path is resolved against the working directory now
     */
    public static JdbcStorageConfig sqlite(Path file) {
        Objects.requireNonNull(file, "file");
        return new JdbcStorageConfig(SQLITE_URL_PREFIX + file.toAbsolutePath(), "", "", DEFAULT_SQLITE_POOL_SIZE);
    }

    /**
     * A PostgreSQL database.
     *
     * @param url a {@code jdbc:postgresql:} URL, e.g. {@code jdbc:postgresql://db:5432/helpdesk}
     * @throws IllegalArgumentException if {@code url} is not a PostgreSQL URL
     */
    public static JdbcStorageConfig postgres(String url, String user, String password) {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith(POSTGRES_URL_PREFIX)) {
            throw new IllegalArgumentException("url must start with '" + POSTGRES_URL_PREFIX + "'");
        }
        return new JdbcStorageConfig(url, user, password, DEFAULT_POSTGRES_POOL_SIZE);
    }

    /** This configuration with another pool size (at least 1). */
    public JdbcStorageConfig withMaxPoolSize(int maxPoolSize) {
        return new JdbcStorageConfig(jdbcUrl, user, password, maxPoolSize);
    }

    /** {@code true} for an SQLite URL, {@code false} for PostgreSQL. */
    public boolean isSqlite() {
        return jdbcUrl.startsWith(SQLITE_URL_PREFIX);
    }

    /** Shows every component but the password, which appears as {@code ****} (or empty if there is none). */
    @Override
    public String toString() {
        String maskedUrl = URL_PASSWORD.matcher(jdbcUrl).replaceAll("$1****");
        return "JdbcStorageConfig[jdbcUrl=" + maskedUrl + ", user=" + user
                + ", password=" + (password.isEmpty() ? "" : "****") + ", maxPoolSize=" + maxPoolSize + "]";
    }
}
