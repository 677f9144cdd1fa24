package dev.helpdesk.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketSort;
import dev.helpdesk.core.fixture.Directory;
import dev.helpdesk.core.service.AddMessage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.NewAttachment;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.storage.jdbc.internal.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schema is Flyway's alone: an empty database ends at the latest version, opening again migrates nothing, and a
 * database of version 1 holding tickets is upgraded with its tickets intact. On SQLite and on PostgreSQL.
 */
@Timeout(60)
class MigrationsTest {
    private static final Instant OPENED_AT = Instant.parse("2025-11-20T08:30:00Z");
    /** sha256 of "hello", an attachment stored whole by version 1 and in chunks since version 10. */
    private static final String OLD_FILE_SHA256 = "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void anEmptyDatabaseIsMigratedToTheLatestVersion(TestDatabase kind) throws SQLException {
        try (TestDatabase.Fresh database = kind.create()) {
            database.open().close();

            MigrationInfoService info = flyway(database).info();
            assertThat(info.pending()).as("pending migrations on %s", kind).isEmpty();
            assertThat(info.current().getVersion()).as("current version on %s", kind).isEqualTo(latestVersion(info));
            assertThat(appliedVersions(database)).as("flyway_schema_history on %s", kind)
                    .isEqualTo(resolvedVersions(info)).contains("1", "2");
            assertThat(schemaObjects(database)).as("schema objects on %s", kind)
                    .contains("table ticket", "index ticket_by_leaf");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void openingAnUpToDateDatabaseAgainRunsNoMigration(TestDatabase kind) throws SQLException {
        try (TestDatabase.Fresh database = kind.create()) {
            database.open().close();
            int rows = historyRows(database);

            database.open().close();

            assertThat(historyRows(database)).as("history rows after a second open on %s", kind).isEqualTo(rows);
            assertThat(flyway(database).migrate().migrationsExecuted).as("migrations left to run on %s", kind)
                    .isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void aVersion1DatabaseIsUpgradedAndItsTicketsStayReadable(TestDatabase kind) throws SQLException {
        try (TestDatabase.Fresh database = kind.create()) {
            assertThat(flyway(database, "1").migrate().migrationsExecuted).isEqualTo(1);
            assertThat(schemaObjects(database)).as("version 1 on %s", kind).doesNotContain("index ticket_by_leaf");
            writeVersion1Ticket(database);

            JdbcStorage storage = database.open();

            assertThat(flyway(database).info().current().getVersion()).as("version after opening on %s", kind)
                    .isEqualTo(latestVersion(flyway(database).info()));
            assertThat(appliedVersions(database)).as("history on %s", kind).contains("1", "2");
            assertThat(schemaObjects(database)).as("schema objects on %s", kind).contains("index ticket_by_leaf");
            Helpdesk helpdesk = Helpdesk.builder().storage(storage).build();
            Caller alice = Caller.contact(ContactId.of("alice"));
            TicketView old = helpdesk.tickets().get(alice, TicketId.of("old-ticket-1"));
            assertThat(old.reference()).isEqualTo("HD-1");
            assertThat(old.subject()).isEqualTo("Printer smokes");
            assertThat(old.requester().name()).isEqualTo("Alice Liddell");
            assertThat(old.organization().name()).isEqualTo("Acme");
            assertThat(old.status()).map(TicketView.StatusView::code).contains("opened");
            assertThat(old.messages()).as("what the customer sees").extracting(TicketView.MessageView::body)
                    .containsExactly("It smokes since Monday.");
            assertThat(old.createdAt()).isEqualTo(OPENED_AT);
            Caller root = Caller.agent(AgentId.of("root"));
            assertThat(helpdesk.tickets().get(root, old.id()).messages()).as("what agents see, newest first")
                    .extracting(TicketView.MessageView::body)
                    .containsExactly("Customer's café-crème spill (again).", "It smokes since Monday.");
            assertThat(helpdesk.tickets().list(alice, ListTickets.firstPage().searching("smokes")).items())
                    .as("a customer finds it by its public words indexed at version 1")
                    .extracting(TicketSummaryView::id).containsExactly(old.id());
            assertThat(helpdesk.tickets().list(alice, ListTickets.firstPage().searching("spill")).items())
                    .as("a customer never finds it by its internal note").isEmpty();
            assertThat(helpdesk.tickets().list(root, ListTickets.firstPage().searching("\"cafe creme\" spill")).items())
                    .as("an agent finds it by its internal note indexed at version 1 (folded: cafe, not café)")
                    .extracting(TicketSummaryView::id).containsExactly(old.id());
            TicketView next = helpdesk.tickets().open(alice, OpenTicket.of(CategoryId.of("billing"), "New", "After"));
            assertThat(next.reference()).as("numbering goes on after the old tickets").isEqualTo("HD-2");
            assertThat(helpdesk.tickets().list(alice, ListTickets.firstPage()).items()).hasSize(2);
            TicketView newer = helpdesk.tickets().open(alice,
                    OpenTicket.of(CategoryId.of("billing"), "Fan noise", "The fan smokes too."));
            assertThat(helpdesk.tickets().list(alice, ListTickets.firstPage().searching("smokes")
                            .sortedBy(TicketSort.RELEVANCE)).items())
                    .as("the old ticket's subject words were filled in by the upgrade: its subject hit ranks first")
                    .extracting(TicketSummaryView::id).containsExactly(old.id(), newer.id());
            try (InputStream file = storage.attachments().open(OLD_FILE_SHA256).orElseThrow()) {
                assertThat(file.readAllBytes()).as("a file stored whole at version 1 reads back from its chunk")
                        .isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void theAdapterCreatesNoSchemaObjectBeyondTheMigrations(TestDatabase kind) throws SQLException {
        try (TestDatabase.Fresh database = kind.create()) {
            flyway(database).migrate();
            TreeSet<String> migrated = schemaObjects(database);

            JdbcStorage storage = database.open();
            Helpdesk helpdesk = Helpdesk.builder().storage(storage).build();
            helpdesk.directory().save(Directory.anOrganization("acme"));
            helpdesk.directory().save(Directory.aContact("alice").memberOf(OrganizationId.of("acme")).build());
            Caller alice = Caller.contact(ContactId.of("alice"));
            TicketView ticket = helpdesk.tickets().open(alice, OpenTicket.of(CategoryId.of("billing"), "Hello", "World")
                    .withAttachments(List.of(NewAttachment.of("a.txt", "text/plain",
                            "file".getBytes(StandardCharsets.UTF_8)))));
            helpdesk.tickets().reply(alice, AddMessage.of(ticket.id(), "Anyone?"));
            helpdesk.tickets().list(alice, ListTickets.firstPage().searching("anyone"));
            storage.outbox().claim(10, Duration.ofMinutes(1));
            storage.close();

            assertThat(schemaObjects(database)).as("schema objects on %s", kind).isEqualTo(migrated);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static Flyway flyway(TestDatabase.Fresh database) {
        return Flyway.configure().dataSource(database.url(), database.config().user(), database.config().password())
                .locations(dialect(database).migrations()).load();
    }

    private static Flyway flyway(TestDatabase.Fresh database, String target) {
        return Flyway.configure().dataSource(database.url(), database.config().user(), database.config().password())
                .locations(dialect(database).migrations()).target(target).load();
    }

    private static Dialect dialect(TestDatabase.Fresh database) {
        return database.kind() == TestDatabase.SQLITE ? Dialect.SQLITE : Dialect.POSTGRESQL;
    }

    /** The highest version among the migrations on the class path. */
    private static MigrationVersion latestVersion(MigrationInfoService info) {
        return Arrays.stream(info.all()).map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).orElseThrow();
    }

    private static List<String> resolvedVersions(MigrationInfoService info) {
        return Arrays.stream(info.all()).map(MigrationInfo::getVersion).sorted().map(MigrationVersion::getVersion).toList();
    }

    /** The versions in flyway_schema_history, in the order they were applied; each must have succeeded. */
    private static List<String> appliedVersions(TestDatabase.Fresh database) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, success FROM flyway_schema_history ORDER BY installed_rank")) {
            while (rows.next()) {
                assertThat(rows.getBoolean("success")).as("migration %s succeeded", rows.getString("version")).isTrue();
                versions.add(rows.getString("version"));
            }
        }
        return versions;
    }

    private static int historyRows(TestDatabase.Fresh database) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM flyway_schema_history")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** "table x", "index y", … of the database's own schema. */
    static TreeSet<String> schemaObjects(TestDatabase.Fresh database) throws SQLException {
        String query = database.kind() == TestDatabase.SQLITE
                ? "SELECT type || ' ' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                : "SELECT 'table ' || tablename FROM pg_tables WHERE schemaname = current_schema()"
                + " UNION ALL SELECT 'index ' || indexname FROM pg_indexes WHERE schemaname = current_schema()"
                + " UNION ALL SELECT 'sequence ' || sequencename FROM pg_sequences WHERE schemaname = current_schema()";
        TreeSet<String> objects = new TreeSet<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                objects.add(rows.getString(1));
            }
        }
        return objects;
    }

    /** An organization, a contact and a ticket with its first message, as version 1's tables hold them. */
    private static void writeVersion1Ticket(TestDatabase.Fresh database) throws SQLException {
        boolean sqlite = database.kind() == TestDatabase.SQLITE;
        long at = OPENED_AT.toEpochMilli();
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            update(c, "INSERT INTO organization (id, name, time_zone, locale, sharing) VALUES (?, ?, ?, ?, ?)",
                    "acme", "Acme", "UTC", "en", "MEMBERS_VIEW");
            update(c, "INSERT INTO agent (id, name, email, role, teams) VALUES (?, ?, ?, ?, ?)",
                    "root", "Root", "root@support.example", "ADMIN", "[]");
            update(c, "INSERT INTO contact (id, first_name, last_name, email) VALUES (?, ?, ?, ?)",
                    "alice", "Alice", "Liddell", "alice@acme.example");
            update(c, "INSERT INTO contact_address (address, contact_id, is_main) VALUES (?, ?, ?)",
                    "alice@acme.example", "alice", true);
            update(c, "INSERT INTO membership (contact_id, organization_id, position, is_primary, allowed_categories) "
                    + "VALUES (?, ?, ?, ?, ?)", "alice", "acme", 0, false, "[]");
            update(c, "INSERT INTO ticket (number, id, subject, requester_id, organization_id, category, subcategory, "
                            + "leaf_category, status, priority, fields, assigned_team, assigned_agent, created_at, "
                            + "updated_at, resolved_at, version) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, NULL, ?, ?, "
                            + "NULL, ?)", 1L, "old-ticket-1", "Printer smokes", "alice", "acme", "billing", "billing",
                    "opened", "medium", "{\"priority\":{\"choice\":\"medium\"}}", "billing", at, at + 60_000, 2L);
            update(c, "INSERT INTO ticket_field (ticket_number, field, value) VALUES (?, ?, ?)", 1L, "priority", "medium");
            update(c, "INSERT INTO attachment_blob (sha256, size, content) VALUES (?, ?, ?)", OLD_FILE_SHA256, 5L,
                    "hello".getBytes(StandardCharsets.UTF_8));
            update(c, "INSERT INTO message (id, ticket_number, seq, author_kind, author_id, visibility, channel, body, "
                            + "created_at, email_message_id, attachments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                    "old-message-1", 1L, 0, "customer", "alice", "PUBLIC", "WEB", "It smokes since Monday.", at, "[]");
            update(c, "INSERT INTO message (id, ticket_number, seq, author_kind, author_id, visibility, channel, body, "
                            + "created_at, email_message_id, attachments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                    "old-note-1", 1L, 1, "agent", "root", "INTERNAL", "WEB", "Customer's café-crème spill (again).",
                    at + 60_000, "[]");
            // the words as version 1 indexed them: folded by the domain's SearchTerms.words (accents removed)
            String publicWords = "printer smokes it smokes since monday";
            String internalWords = "customer s cafe creme spill again";
            if (sqlite) {
                update(c, "INSERT INTO ticket_text (rowid, public_text, internal_text) VALUES (?, ?, ?)", 1L,
                        publicWords, internalWords);
                update(c, "UPDATE ticket_counter SET last = ? WHERE id = 1", 1L);
            } else {
                update(c, "INSERT INTO ticket_text (ticket_number, public_words, all_words) VALUES (?, "
                        + "to_tsvector('simple', ?), to_tsvector('simple', ?))", 1L, publicWords,
                        publicWords + " " + internalWords);
                try (Statement statement = c.createStatement()) {
                    statement.execute("SELECT setval('ticket_number_seq', 1)");
                }
            }
            c.commit();
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
