package dev.helpdesk.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.storage.jdbc.PostgresTestServer.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class PostgresTestServerTest {

    private final PostgresTestServer server = PostgresTestServer.get();

    @Test
    void twoRequestsGiveTwoDifferentEmptyDatabases() throws SQLException {
        Database a = server.newDatabase();
        Database b = server.newDatabase();
        try {
            assertThat(a.name()).isNotEqualTo(b.name());
            assertThat(a.url()).isNotEqualTo(b.url());
            assertThat(currentDatabase(a)).isEqualTo(a.name());
            assertThat(currentDatabase(b)).isEqualTo(b.name());
            assertThat(userTableCount(a)).isZero();
            assertThat(userTableCount(b)).isZero();
        } finally {
            server.dropDatabase(a);
            server.dropDatabase(b.url());
        }
    }

    @Test
    void commitsAreDurable() throws SQLException {
        Database db = server.newDatabase();
        try (Connection c = db.connect()) {
            assertThat(show(c, "synchronous_commit")).isEqualTo("on");
            if (server.isEmbedded()) {
                // zonky passes -F (fsync off) unless told otherwise; an external server's fsync is its own business
                assertThat(show(c, "fsync")).isEqualTo("on");
            }
        } finally {
            server.dropDatabase(db);
        }
    }

    @Test
    void aTableCreatedInOneDatabaseIsAbsentInTheOther() throws SQLException {
        Database a = server.newDatabase();
        Database b = server.newDatabase();
        try {
            try (Connection c = a.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE ticket (id bigint PRIMARY KEY, title text NOT NULL)");
                st.execute("INSERT INTO ticket VALUES (1, 'Printer on fire')");
            }
            assertThat(tableExists(a, "ticket")).isTrue();
            assertThat(tableExists(b, "ticket")).isFalse();
        } finally {
            server.dropDatabase(a);
            server.dropDatabase(b);
        }
    }

    @Test
    void droppedDatabaseIsGone() throws SQLException {
        Database a = server.newDatabase();
        try (Connection open = a.connect()) { // DROP ... WITH (FORCE) must not be blocked by an open session
            server.dropDatabase(a);
            Database other = server.newDatabase();
            try (Connection c = other.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + a.name() + "'")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            } finally {
                server.dropDatabase(other);
            }
        }
    }

    @Test
    void aMigratedDatabaseIsAtTheSchemaAnEmptyOneReachesAndKeepsItsWritesToItself() throws SQLException {
        Database migrated = server.newMigratedDatabase();
        Database sibling = server.newMigratedDatabase();
        Database empty = server.newDatabase();
        try {
            JdbcStorage.open(JdbcStorageConfig.postgres(empty.url(), empty.user(),
                    java.util.Objects.requireNonNullElse(empty.password(), ""))).close();
            assertThat(migrated.name()).isNotEqualTo(sibling.name());
            assertThat(currentDatabase(migrated)).isEqualTo(migrated.name());
            assertThat(appliedMigrations(migrated)).isNotEmpty().isEqualTo(appliedMigrations(empty));
            assertThat(userTableCount(migrated)).isEqualTo(userTableCount(empty));
            try (Connection c = migrated.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE only_here (id bigint)");
            }
            assertThat(tableExists(sibling, "only_here")).isFalse();
        } finally {
            server.dropDatabase(migrated);
            server.dropDatabase(sibling);
            server.dropDatabase(empty);
        }
    }

    private static java.util.List<String> appliedMigrations(Database db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version || ':' || coalesce(checksum::text, '-')"
                     + " FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
            java.util.List<String> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }

    private static String currentDatabase(Database db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int userTableCount(Database db) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(
                     "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                             + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean tableExists(Database db, String table) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass('public." + table + "') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String show(Connection c, String setting) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
