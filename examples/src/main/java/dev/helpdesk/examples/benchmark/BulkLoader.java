package dev.helpdesk.examples.benchmark;

import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Writes tickets straight into the library's SQLite schema, the rows exactly as {@code JdbcTicketRepository}
 * writes them (ticket, three messages, field rows, the folded full-text row), so that 1,000,000 tickets load in
 * minutes rather than the hours one API call per message would take. These tickets carry no outbox rows: their
 * events count as delivered. Indexes are dropped while a large batch goes in and built again afterwards.
 */
final class BulkLoader {
    /** 2023-01-01T00:00Z: the first ticket; one more every minute. */
    static final long EPOCH = 1_672_531_200_000L;
    static final long STEP = 60_000L;
    private static final int BATCH = 10_000;
    private static final String[] PRIORITIES = {"low", "medium", "medium", "medium", "high", "high", "critical"};
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    private final Population population;
    private final TextModel text;

    BulkLoader(Population population, TextModel text) {
        this.population = population;
        this.text = text;
    }

    /** Adds tickets until the database holds {@code target}; returns how many were added. */
    long loadUpTo(Connection connection, long target, long seed) throws SQLException {
        long existing = count(connection);
        if (existing >= target) {
            return 0;
        }
        try (Statement pragmas = connection.createStatement()) {
            pragmas.execute("PRAGMA synchronous = OFF");
            pragmas.execute("PRAGMA cache_size = -262144");
        }
        List<String> dropped = target - existing > existing ? dropIndexes(connection) : List.of();
        connection.setAutoCommit(false);
        SplittableRandom random = new SplittableRandom(seed ^ existing);
        try (PreparedStatement ticket = connection.prepareStatement("INSERT INTO ticket (number, id, subject, "
                + "requester_id, organization_id, category, subcategory, leaf_category, status, priority, fields, "
                + "assigned_team, assigned_agent, created_at, updated_at, resolved_at, version, subject_words) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement message = connection.prepareStatement("INSERT INTO message (id, ticket_number, seq, "
                     + "author_kind, author_id, visibility, channel, body, created_at, email_message_id, attachments) "
                     + "VALUES (?, ?, ?, ?, ?, 'PUBLIC', 'WEB', ?, ?, NULL, '[]')");
             PreparedStatement field = connection.prepareStatement(
                     "INSERT INTO ticket_field (ticket_number, field, value) VALUES (?, ?, ?)");
             PreparedStatement words = connection.prepareStatement(
                     "INSERT INTO ticket_text (rowid, public_text, internal_text) VALUES (?, ?, '')")) {
            for (long number = existing + 1; number <= target; number++) {
                addTicket(random, number, ticket, message, field, words);
                if (number % BATCH == 0 || number == target) {
                    ticket.executeBatch();
                    message.executeBatch();
                    field.executeBatch();
                    words.executeBatch();
                    connection.commit();
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE ticket_counter SET last = (SELECT MAX(number) FROM ticket) WHERE id = 1");
            connection.commit();
            connection.setAutoCommit(true);
            for (String create : dropped) {
                statement.execute(create);
            }
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            statement.execute("PRAGMA synchronous = NORMAL");
        }
        return target - existing;
    }

    private void addTicket(SplittableRandom random, long number, PreparedStatement ticket, PreparedStatement message,
                           PreparedStatement field, PreparedStatement words) throws SQLException {
        Contact requester = population.requester(random);
        Category[] category = population.category(random, requester);
        Optional<TeamId> team = population.routedTeam(category[0], category[1]);
        Optional<AgentId> agent = team.filter(t -> random.nextInt(10) < 7).map(t -> population.agentOf(t, random));
        AgentId replier = agent.orElseGet(() -> population.agentOf(team.orElse(TeamId.of("technical-support")), random));
        String status = population.status(random);
        String priority = PRIORITIES[random.nextInt(PRIORITIES.length)];
        long created = EPOCH + number * STEP + random.nextInt(50_000);
        long updated = created + (long) (-Math.log(1 - random.nextDouble()) * 2 * 86_400_000L);
        TextModel.Document document = text.document();
        String subject = document.subject(random);
        String first = document.body(random, "");
        String reply = document.body(random, "Hello " + requester.firstName() + ",");
        String answer = document.body(random, "");

        ticket.setLong(1, number);
        ticket.setString(2, id(random));
        ticket.setString(3, subject);
        ticket.setString(4, requester.id().value());
        ticket.setString(5, Population.membership(requester).organization().value());
        ticket.setString(6, category[0].id().value());
        ticket.setString(7, category[1] == null ? null : category[1].id().value());
        ticket.setString(8, (category[1] == null ? category[0] : category[1]).id().value());
        ticket.setString(9, status);
        ticket.setString(10, priority);
        ticket.setString(11, "{\"type\":{\"choice\":\"question\"},\"priority\":{\"choice\":\"" + priority + "\"}}");
        ticket.setString(12, team.map(TeamId::value).orElse(null));
        ticket.setString(13, agent.map(AgentId::value).orElse(null));
        ticket.setLong(14, created);
        ticket.setLong(15, updated);
        if ("closed".equals(status)) {
            ticket.setLong(16, updated);
        } else {
            ticket.setNull(16, java.sql.Types.BIGINT);
        }
        ticket.setLong(17, "closed".equals(status) ? 4 : 3);
        ticket.setString(18, folded(subject));
        ticket.addBatch();

        String[][] messages = {{"customer", requester.id().value(), first}, {"agent", replier.value(), reply},
                {"customer", requester.id().value(), answer}};
        long[] times = {created, created + (updated - created) / 2, updated};
        for (int seq = 0; seq < 3; seq++) {
            message.setString(1, id(random));
            message.setLong(2, number);
            message.setInt(3, seq);
            message.setString(4, messages[seq][0]);
            message.setString(5, messages[seq][1]);
            message.setString(6, messages[seq][2]);
            message.setLong(7, times[seq]);
            message.addBatch();
        }
        for (String[] value : new String[][] {{"type", "question"}, {"priority", priority}}) {
            field.setLong(1, number);
            field.setString(2, value[0]);
            field.setString(3, value[1]);
            field.addBatch();
        }
        words.setLong(1, number);
        words.setString(2, folded(subject) + " " + folded(first) + " " + folded(reply) + " " + folded(answer));
        words.addBatch();
    }

    /**
     * What {@code SearchTerms.words} makes of this text, joined by spaces: the generated text is ASCII, so folding
     * is lower case with every run of other characters as one separator.
     */
    static String folded(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean gap = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                throw new IllegalArgumentException("generated text is ASCII");
            }
            if (Character.isLetterOrDigit(c)) {
                if (gap && words.length() > 0) {
                    words.append(' ');
                }
                words.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return words.toString().toLowerCase(Locale.ROOT);
    }

    /** 26 characters of base32 like the library's ids (random, so the id indexes grow as they do in use). */
    static String id(SplittableRandom random) {
        char[] id = new char[26];
        for (int i = 0; i < id.length; i++) {
            id[i] = BASE32[random.nextInt(32)];
        }
        return new String(id);
    }

    static long count(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COALESCE(MAX(number), 0) FROM ticket")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Drops the explicit indexes of the bulk tables and returns the statements that make them again. */
    private static List<String> dropIndexes(Connection connection) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                     + "AND sql IS NOT NULL AND tbl_name IN ('ticket', 'message', 'ticket_field')")) {
            while (rs.next()) {
                indexes.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        List<String> creates = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String[] index : indexes) {
                statement.execute("DROP INDEX \"" + index[0] + "\"");
                creates.add(index[1]);
            }
        }
        return creates;
    }
}
