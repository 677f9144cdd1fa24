package dev.helpdesk.storage.jdbc;

import static dev.helpdesk.core.fixture.Directory.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data version sees commits that did not go through this storage: another storage on the same database (as
 * a second process or a second web node would be) and a plain JDBC connection. The contract suite covers this
 * storage's own writes, which count at once.
 */
class DataVersionAcrossConnectionsTest {
    /** More than the 10 ms within which SQLite storage notices another process's commit. */
    private static final long OTHERS_NOTICED_AFTER_MILLIS = 50;

    @TempDir
    Path directory;

    @Test
    void anSqliteFileWrittenByAnotherStorageOrConnectionGivesANewVersion() throws Exception {
        Path file = directory.resolve("shared.db");
        try (JdbcStorage reader = JdbcStorage.sqlite(file); JdbcStorage other = JdbcStorage.sqlite(file)) {
            Object first = reader.dataVersion().current();
            assertThat(reader.dataVersion().current()).as("nothing written yet").isEqualTo(first);

            other.organizations().save(anOrganization("acme"));
            Thread.sleep(OTHERS_NOTICED_AFTER_MILLIS);
            Object afterOther = reader.dataVersion().current();
            assertThat(afterOther).as("after a commit by another storage on the file").isNotEqualTo(first);
            Thread.sleep(OTHERS_NOTICED_AFTER_MILLIS);
            assertThat(reader.dataVersion().current()).as("no commit since").isEqualTo(afterOther);

            try (Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = plain.createStatement()) {
                statement.executeUpdate("UPDATE organization SET name = 'Acme Renamed'");
            }
            Thread.sleep(OTHERS_NOTICED_AFTER_MILLIS);
            Object afterPlain = reader.dataVersion().current();
            assertThat(afterPlain).as("after a commit by a plain connection").isNotEqualTo(afterOther)
                    .isNotEqualTo(first);
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void anSqliteUnitOfWorkThatChangesNoRowKeepsTheVersion() throws Exception {
        try (JdbcStorage storage = JdbcStorage.sqlite(directory.resolve("quiet.db"))) {
            storage.organizations().save(anOrganization("acme"));
            Thread.sleep(OTHERS_NOTICED_AFTER_MILLIS);
            Object before = storage.dataVersion().current();

            // what a mail relay does many times a second when there is nothing to send
            assertThat(storage.outbox().claim(10, java.time.Duration.ofMinutes(1))).isEmpty();
            storage.transactor().run(() -> storage.organizations().find(anOrganization("acme").id()));
            Thread.sleep(OTHERS_NOTICED_AFTER_MILLIS);

            assertThat(storage.dataVersion().current()).as("after units of work that changed no row")
                    .isEqualTo(before);
            storage.organizations().save(anOrganization("globex"));
            assertThat(storage.dataVersion().current()).as("at once after one that did").isNotEqualTo(before);
        }
    }

    @Test
    void aPostgresDatabaseWrittenByAnotherNodeGivesANewVersion() throws Exception {
        PostgresTestServer server = PostgresTestServer.get();
        PostgresTestServer.Database database = server.newDatabase();
        JdbcStorageConfig config = JdbcStorageConfig.postgres(database.url(), database.user(),
                Objects.requireNonNullElse(database.password(), "")).withMaxPoolSize(2);
        try (JdbcStorage reader = JdbcStorage.open(config); JdbcStorage otherNode = JdbcStorage.open(config)) {
            Object first = reader.dataVersion().current();
            assertThat(reader.dataVersion().current()).as("nothing written yet").isEqualTo(first);

            otherNode.organizations().save(anOrganization("acme"));
            Object afterOther = reader.dataVersion().current();
            assertThat(afterOther).as("after a commit by another node").isNotEqualTo(first);
            assertThat(reader.dataVersion().current()).as("no commit since").isEqualTo(afterOther);

            try (Connection plain = database.connect(); Statement statement = plain.createStatement()) {
                statement.executeUpdate("UPDATE organization SET name = 'Acme Renamed'");
            }
            assertThat(reader.dataVersion().current()).as("after a commit by a plain connection")
                    .isNotEqualTo(afterOther).isNotEqualTo(first);
        } finally {
            server.dropDatabase(database);
        }
    }
}
