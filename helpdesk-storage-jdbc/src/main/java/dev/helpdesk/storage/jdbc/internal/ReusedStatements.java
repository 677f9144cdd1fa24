package dev.helpdesk.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;
import org.sqlite.jdbc3.JDBC3PreparedStatement;

/**
 * Keeps SQLite's prepared statements for reuse, per physical connection and SQL text, instead of compiling each
 * statement afresh on every use (issue 11's profile). Neither sqlite-jdbc nor HikariCP caches statements, and
 * Hikari closes every statement made through its proxy when the connection goes back to the pool, so statements
 * are prepared on the driver's own connection; they live as long as it does. A statement is taken out of the
 * cache while in use, so a query nested in another with the same text gets a statement of its own. Bounded per
 * connection: the SQL of this module is a few dozen shapes, whose IN lists and arms vary with the viewer.
 */
final class ReusedStatements extends DefaultStatementBuilder {
    private static final int PER_CONNECTION = 128;

    /** The idle statements of each physical connection, by SQL text; a connection is used by one thread at once. */
    private final Map<Connection, Map<String, Deque<PreparedStatement>>> idle =
            Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public PreparedStatement create(Connection connection, String sql, StatementContext context) throws SQLException {
        if (context.isReturningGeneratedKeys() || context.isConcurrentUpdatable()) {
            return super.create(connection, sql, context);
        }
        Connection driver = connection.unwrap(SQLiteConnection.class);
        Deque<PreparedStatement> kept = statementsOf(driver).get(sql);
        PreparedStatement statement = kept == null ? null : kept.pollFirst();
        while (statement != null && statement.isClosed()) {
            statement = kept.pollFirst();
        }
        return statement != null ? statement : driver.prepareStatement(sql);
    }

    @Override
    public void close(Connection connection, String sql, Statement statement) throws SQLException {
        // only the driver's own statements made in create (Hikari's proxies are closed by Hikari anyway)
        if (!(statement instanceof JDBC3PreparedStatement) || statement.isClosed()) {
            super.close(connection, sql, statement);
            return;
        }
        Connection driver = connection.unwrap(SQLiteConnection.class);
        Map<String, Deque<PreparedStatement>> statements = statementsOf(driver);
        Deque<PreparedStatement> kept = statements.get(sql);
        if (kept == null && statements.size() >= PER_CONNECTION) {
            statement.close();
            return;
        }
        ((PreparedStatement) statement).clearParameters();
        statements.computeIfAbsent(sql, s -> new ArrayDeque<>(2)).addFirst((PreparedStatement) statement);
    }

    private Map<String, Deque<PreparedStatement>> statementsOf(Connection driver) {
        return idle.computeIfAbsent(driver, c -> new HashMap<>());
    }
}
