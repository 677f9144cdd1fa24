package db.migration.postgresql;

import dev.helpdesk.core.domain.ticket.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A phrase must not span the public words and the internal notes: the internal words move to a column of their
 * own (agents search both columns, each on its own). A Java migration because the words must be folded exactly as
 * the domain folds them ({@link SearchTerms#words}), which SQL cannot do.
 */
public class V4__internal_words_apart extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE ticket_text ADD COLUMN internal_words TSVECTOR NOT NULL DEFAULT ''::tsvector");
        }
        try (PreparedStatement notes = connection.prepareStatement("SELECT ticket_number, body FROM message "
                + "WHERE visibility = 'INTERNAL' ORDER BY ticket_number, seq");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE ticket_text SET internal_words = to_tsvector('simple', ?) WHERE ticket_number = ?");
             ResultSet rows = notes.executeQuery()) {
            long ticket = -1;
            StringBuilder words = new StringBuilder();
            while (rows.next()) {
                if (rows.getLong(1) != ticket && ticket >= 0) {
                    write(update, ticket, words);
                }
                ticket = rows.getLong(1);
                words.append(' ').append(String.join(" ", SearchTerms.words(rows.getString(2))));
            }
            if (ticket >= 0) {
                write(update, ticket, words);
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX ticket_text_internal ON ticket_text USING GIN (internal_words)");
            statement.execute("DROP INDEX ticket_text_all");
            statement.execute("ALTER TABLE ticket_text DROP COLUMN all_words");
        }
    }

    private static void write(PreparedStatement update, long ticket, StringBuilder words) throws SQLException {
        update.setString(1, words.toString().strip());
        update.setLong(2, ticket);
        update.executeUpdate();
        words.setLength(0);
    }
}
