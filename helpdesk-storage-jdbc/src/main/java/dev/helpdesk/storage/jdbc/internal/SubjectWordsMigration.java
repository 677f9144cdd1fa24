package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.ticket.SearchTerms;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The relevance sort puts first the tickets whose subject holds every search term, so each ticket keeps its
 * subject's words, folded exactly as the domain folds them ({@link SearchTerms#words}), which SQL cannot do. The
 * same on both dialects; each dialect's migration folder holds a subclass named for its version.
 */
public abstract class SubjectWordsMigration extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE ticket ADD COLUMN subject_words TEXT NOT NULL DEFAULT ''");
        }
        try (PreparedStatement subjects = connection.prepareStatement("SELECT number, subject FROM ticket");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE ticket SET subject_words = ? WHERE number = ?");
             ResultSet rows = subjects.executeQuery()) {
            while (rows.next()) {
                update.setString(1, String.join(" ", SearchTerms.words(rows.getString(2))));
                update.setLong(2, rows.getLong(1));
                update.executeUpdate();
            }
        }
    }
}
