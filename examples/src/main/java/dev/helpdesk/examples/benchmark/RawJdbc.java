package dev.helpdesk.examples.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The baseline: what a careful programmer writes by hand against the same schema with plain JDBC, no library.
 * Same pragmas as the library (WAL, synchronous=NORMAL); writers queue on a lock as the library's do, since a
 * second SQLite writer would otherwise wait in the busy handler's sleeps. Each statement is prepared per call
 * and rows are read into plain objects, as the library reads them into records.
 */
final class RawJdbc {
    static final String COLUMNS = "number, id, subject, requester_id, organization_id, category, subcategory, status, "
            + "fields, assigned_team, assigned_agent, created_at, updated_at, version";
    private static final ReentrantLock WRITE_LOCK = new ReentrantLock(true);

    private RawJdbc() {
    }

    static Connection connect(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            statement.execute("PRAGMA synchronous = NORMAL");
            statement.execute("PRAGMA busy_timeout = 10000");
            statement.execute("PRAGMA foreign_keys = ON");
        }
        return connection;
    }

    /** One ticket with its first message, full-text row and outbox event, in one transaction. */
    static void open(Connection connection, long number, String contact, String organization, String category,
                     String subcategory, String title, String description, long now) throws SQLException {
        String ticketId = UUID.randomUUID().toString();
        WRITE_LOCK.lock();
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement ticket = connection.prepareStatement("INSERT INTO ticket (number, id, subject, "
                    + "requester_id, organization_id, category, subcategory, leaf_category, status, priority, fields, "
                    + "assigned_team, assigned_agent, created_at, updated_at, resolved_at, version, subject_words) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'opened', 'medium', "
                    + "'{\"type\":{\"choice\":\"question\"},\"priority\":{\"choice\":\"medium\"}}', NULL, NULL, ?, ?, "
                    + "NULL, 1, ?)");
                 PreparedStatement message = connection.prepareStatement("INSERT INTO message (id, ticket_number, seq, "
                         + "author_kind, author_id, visibility, channel, body, created_at, email_message_id, "
                         + "attachments) VALUES (?, ?, 0, 'customer', ?, 'PUBLIC', 'WEB', ?, ?, NULL, '[]')");
                 PreparedStatement text = connection.prepareStatement(
                         "INSERT INTO ticket_text (rowid, public_text, internal_text) VALUES (?, ?, '')");
                 PreparedStatement outbox = connection.prepareStatement("INSERT INTO outbox (event_class, payload, "
                         + "recorded_at, due_at) VALUES ('TicketOpened', ?, ?, ?)")) {
                ticket.setLong(1, number);
                ticket.setString(2, ticketId);
                ticket.setString(3, title);
                ticket.setString(4, contact);
                ticket.setString(5, organization);
                ticket.setString(6, category);
                ticket.setString(7, subcategory);
                ticket.setString(8, subcategory == null ? category : subcategory);
                ticket.setLong(9, now);
                ticket.setLong(10, now);
                ticket.setString(11, title);
                ticket.executeUpdate();
                message.setString(1, UUID.randomUUID().toString());
                message.setLong(2, number);
                message.setString(3, contact);
                message.setString(4, description);
                message.setLong(5, now);
                message.executeUpdate();
                text.setLong(1, number);
                text.setString(2, title + " " + description);
                text.executeUpdate();
                outbox.setString(1, "{\"ticket\":\"" + ticketId + "\",\"number\":" + number + ",\"requester\":\""
                        + contact + "\"}");
                outbox.setLong(2, now);
                outbox.setLong(3, now);
                outbox.executeUpdate();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } finally {
            WRITE_LOCK.unlock();
        }
    }

    static List<Row> requesterPage(Connection connection, String contact, int limit) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + " FROM ticket WHERE requester_id = ? "
                + "ORDER BY updated_at DESC, number DESC LIMIT ?", contact, limit);
    }

    static List<Row> organizationPage(Connection connection, String organization, Set<String> statuses, int limit)
            throws SQLException {
        List<Object> binds = new ArrayList<>(List.of(organization));
        binds.addAll(statuses.stream().sorted().toList());
        binds.add(limit);
        return query(connection, "SELECT " + COLUMNS + " FROM ticket WHERE organization_id = ? AND status IN ("
                + "?, ".repeat(statuses.size() - 1) + "?) ORDER BY updated_at DESC, number DESC LIMIT ?", binds.toArray());
    }

    /**
     * A contact's search: the visibility rules written out by hand for this contact (own tickets, the
     * organization's when they may see them, limited to their categories), the words through FTS5.
     */
    static List<Row> contactSearch(Connection connection, String contact, String organization, boolean seesOrganization,
                                   Set<String> onlyCategories, String word, int limit) throws SQLException {
        List<Object> binds = new ArrayList<>(List.of(contact));
        StringBuilder scope = new StringBuilder("(requester_id = ?");
        if (seesOrganization) {
            scope.append(" OR (organization_id = ?");
            binds.add(organization);
            if (!onlyCategories.isEmpty()) {
                scope.append(" AND category IN (").append("?, ".repeat(onlyCategories.size() - 1)).append("?)");
                binds.addAll(onlyCategories.stream().sorted().toList());
            }
            scope.append(')');
        }
        scope.append(')');
        binds.add("public_text : \"" + word + "\"");
        binds.add(limit);
        return query(connection, "SELECT " + COLUMNS + " FROM ticket WHERE " + scope + " AND number IN "
                + "(SELECT rowid FROM ticket_text WHERE ticket_text MATCH ?) ORDER BY updated_at DESC, number DESC "
                + "LIMIT ?", binds.toArray());
    }

    /** An admin's search over every ticket, internal notes included. */
    static List<Row> adminSearch(Connection connection, String word, int limit) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + " FROM ticket WHERE number IN (SELECT rowid FROM ticket_text "
                        + "WHERE ticket_text MATCH ?) ORDER BY updated_at DESC, number DESC LIMIT ?",
                "{public_text internal_text} : \"" + word + "\"", limit);
    }

    /** The relevance order as one hand-written statement: subject hits first, then the last updated. */
    static List<Row> adminRelevanceSearch(Connection connection, String word, int limit) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + " FROM ticket WHERE number IN (SELECT rowid FROM ticket_text "
                        + "WHERE ticket_text MATCH ?) ORDER BY instr(' ' || subject_words || ' ', ?) > 0 DESC, "
                        + "updated_at DESC, number DESC LIMIT ?",
                "{public_text internal_text} : \"" + word + "\"", " " + word + " ", limit);
    }

    private static List<Row> query(Connection connection, String sql, Object... binds) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < binds.length; i++) {
                statement.setObject(i + 1, binds[i]);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11), rs.getLong(12), rs.getLong(13), rs.getLong(14)));
                }
            }
            return rows;
        }
    }

    /** A ticket row as read by hand. */
    record Row(long number, String id, String subject, String requester, String organization, String category,
               String subcategory, String status, String fields, String team, String agent, long createdAt,
               long updatedAt, long version) {
    }
}
