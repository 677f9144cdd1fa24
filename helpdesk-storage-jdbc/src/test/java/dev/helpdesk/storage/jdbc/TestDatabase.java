package dev.helpdesk.storage.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The two databases the adapter runs on, for tests that run on both ({@code @EnumSource(TestDatabase.class)}):
 * an SQLite file in a temporary directory, or a fresh database on the {@link PostgresTestServer} (never skipped).
 */
enum TestDatabase {
    SQLITE {
        @Override
        Fresh create() {
            try {
                Path directory = Files.createTempDirectory("helpdesk-sqlite-");
                JdbcStorageConfig config = JdbcStorageConfig.sqlite(directory.resolve("helpdesk.db"));
                return new Fresh(this, config, "", "", () -> deleteTree(directory));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    POSTGRESQL {
        @Override
        Fresh create() {
            PostgresTestServer server = PostgresTestServer.get();
            PostgresTestServer.Database database = server.newDatabase();
            JdbcStorageConfig config = JdbcStorageConfig.postgres(database.url(), database.user(),
                    Objects.requireNonNullElse(database.password(), "")).withMaxPoolSize(8);
            return new Fresh(this, config, database.user(), database.password(), () -> server.dropDatabase(database));
        }
    };

    /** A new, empty database (no schema yet: the first {@link Fresh#open()} migrates it). */
    abstract Fresh create();

    /** One empty database; closing it closes the storages opened on it and removes it. */
    static final class Fresh implements AutoCloseable {
        private final TestDatabase kind;
        private final JdbcStorageConfig config;
        private final String user;
        private final String password;
        private final Runnable drop;
        private final List<JdbcStorage> opened = new ArrayList<>();

        private Fresh(TestDatabase kind, JdbcStorageConfig config, String user, String password, Runnable drop) {
            this.kind = kind;
            this.config = config;
            this.user = user;
            this.password = password;
            this.drop = drop;
        }

        TestDatabase kind() {
            return kind;
        }

        JdbcStorageConfig config() {
            return config;
        }

        String url() {
            return config.jdbcUrl();
        }

        String user() {
            return user;
        }

        String password() {
            return password;
        }

        /** Opens a storage (running the migrations); {@link #close()} closes it if the test has not. */
        synchronized JdbcStorage open() {
            JdbcStorage storage = JdbcStorage.open(config);
            opened.add(storage);
            return storage;
        }

        /** A plain JDBC connection, beside the adapter's pools. */
        Connection connect() throws SQLException {
            return DriverManager.getConnection(config.jdbcUrl(), user, password);
        }

        @Override
        public synchronized void close() {
            opened.forEach(JdbcStorage::close); // closing twice is harmless (Hikari)
            opened.clear();
            drop.run();
        }

        @Override
        public String toString() {
            return kind + " " + config;
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary directory: best effort
        }
    }
}
