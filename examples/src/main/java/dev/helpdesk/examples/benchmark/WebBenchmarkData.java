package dev.helpdesk.examples.benchmark;

import dev.helpdesk.examples.portal.PortalOptions;
import dev.helpdesk.examples.portal.StandalonePortal;
import dev.helpdesk.examples.portal.demo.DemoData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The web benchmark's database: the standalone portal's own file (demo data and all), topped up to the wanted
 * number of tickets by {@link BulkLoader} and kept between runs, so the fill is paid once. Every n-th bulk ticket
 * is moved to the demo organization Acme, so that its primary user, the one signed in, sees thousands.
 */
final class WebBenchmarkData {
    /** How the database came out: its tickets, those the signed-in primary user sees, and what this run added. */
    record Summary(long tickets, long acmeTickets, long added, double fillSeconds) {
    }

    private WebBenchmarkData() {
    }

    static Summary prepare(WebBenchmarkOptions options) throws Exception {
        Files.createDirectories(options.dataDirectory());
        Path database = options.database();
        Population population = population(options);
        // the portal creates the file with its demo data exactly as on a first run; the bulk requesters join it
        try (StandalonePortal portal = StandalonePortal.start(new PortalOptions(database, "127.0.0.1", 0))) {
            if (portal.helpdesk().directory().contact(population.contacts.get(0).id()).isEmpty()) {
                population.saveDirectory(portal.helpdesk().directory());
            }
        }
        // the crowd's accounts, before the fill: the portal must not be running while the bulk loader writes
        Crowd.giveAccounts(database, population, options.sessions());
        long started = System.nanoTime();
        try (Connection connection = RawJdbc.connect(database)) {
            long added = new BulkLoader(population, new TextModel()).loadUpTo(connection, options.tickets(),
                    options.seed());
            giveAcmeItsShare(connection, options.acmeEvery());
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Summary(count(connection, "SELECT COUNT(*) FROM ticket"),
                    count(connection, "SELECT COUNT(*) FROM ticket WHERE organization_id = '" + DemoData.ACME.value()
                            + "'"), added, seconds);
        }
    }

    /** The bulk directory the database holds (the same seed gives the same people). */
    static Population population(WebBenchmarkOptions options) {
        return new Population(DemoData.schema(), options.organizations(), options.contacts(), options.seed());
    }

    /**
     * Moves every n-th bulk ticket (requesters {@code c-…}) to Acme, requested by its primary user or colleague,
     * with the customer messages by the same person. Tickets moved by an earlier run match no more.
     */
    private static void giveAcmeItsShare(Connection connection, int every) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement tickets = connection.prepareStatement("UPDATE ticket SET organization_id = ?, "
                + "requester_id = CASE number % 2 WHEN 0 THEN ? ELSE ? END "
                + "WHERE requester_id LIKE 'c-%' AND number % ? = 0");
             Statement messages = connection.createStatement()) {
            tickets.setString(1, DemoData.ACME.value());
            tickets.setString(2, DemoData.PRIMARY.value());
            tickets.setString(3, DemoData.COLLEAGUE.value());
            tickets.setInt(4, every);
            if (tickets.executeUpdate() > 0) {
                messages.executeUpdate("UPDATE message SET author_id = (SELECT requester_id FROM ticket "
                        + "WHERE ticket.number = message.ticket_number) WHERE author_kind = 'customer' "
                        + "AND author_id LIKE 'c-%' AND ticket_number IN (SELECT number FROM ticket "
                        + "WHERE organization_id = '" + DemoData.ACME.value() + "')");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
