package dev.helpdesk.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.TicketView;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process writing tickets to an SQLite file is killed (SIGKILL) mid-write: every ticket it had reported as opened
 * is there afterwards, whole, and the file passes SQLite's integrity check. The writer is
 * {@link CrashSafetyWriter}, run in a child JVM on this test's class path.
 */
class CrashSafetyTest {
    private static final int KILL_AFTER_TICKETS = 300;
    private static final long KILL_AFTER_MILLIS = 3_000;
    private static final long START_TIMEOUT_SECONDS = 60;
    private static final Pattern REPORT = Pattern.compile("(\\d+) (\\S+) (.+)");
    private static final String END = "\u0000end of output";

    @TempDir
    Path directory;

    @Test
    @Timeout(120)
    void everyTicketReportedBeforeAKillIsThereIntactAndTheFileIsSound() throws Exception {
        Path file = directory.resolve("helpdesk.db");
        Path errors = directory.resolve("writer-stderr.txt");
        Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dlogback.statusListenerClass=ch.qos.logback.core.status.NopStatusListener",
                CrashSafetyWriter.class.getName(), file.toString())
                .redirectError(errors.toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(writer, lines), "crash-safety-reader");
        reader.setDaemon(true);
        reader.start();
        List<String> reports = new ArrayList<>();
        boolean aliveAtKill;
        try {
            String first = lines.poll(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (first == null || first.equals(END)) {
                fail("the writer reported no ticket within " + START_TIMEOUT_SECONDS + " s (exit code "
                        + (writer.isAlive() ? "none, still running" : writer.exitValue()) + "); its stderr:\n"
                        + tail(errors));
            }
            reports.add(first);
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(KILL_AFTER_MILLIS);
            while (reports.size() < KILL_AFTER_TICKETS && System.nanoTime() < deadline) {
                String line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    break;
                }
                if (line.equals(END)) {
                    fail("the writer stopped by itself after " + reports.size() + " tickets; its stderr:\n"
                            + tail(errors));
                }
                reports.add(line);
            }
            aliveAtKill = writer.isAlive();
        } finally {
            writer.destroyForcibly(); // SIGKILL: no shutdown hook, no pool close, no checkpoint
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).as("the writer died").isTrue();
        }
        reader.join(TimeUnit.SECONDS.toMillis(30));
        for (String line = lines.poll(); line != null && !line.equals(END); line = lines.poll()) {
            reports.add(line); // reported between the decision and the kill: just as committed
        }
        assertThat(aliveAtKill).as("the writer was still writing when killed").isTrue();
        assertThat(reports).as("tickets reported").hasSizeGreaterThan(10);

        List<TicketId> reported = new ArrayList<>();
        try (JdbcStorage storage = JdbcStorage.sqlite(file)) {
            Helpdesk helpdesk = Helpdesk.builder().storage(storage).build();
            Caller requester = Caller.contact(ContactId.of(CrashSafetyWriter.REQUESTER));
            for (int i = 1; i <= reports.size(); i++) {
                Matcher report = REPORT.matcher(reports.get(i - 1));
                assertThat(report.matches()).as("report line %s: %s", i, reports.get(i - 1)).isTrue();
                assertThat(report.group(3)).as("subject in report line %s", i).isEqualTo(CrashSafetyWriter.subject(i));
                TicketView ticket = helpdesk.tickets().get(requester, TicketId.of(report.group(2)));
                assertThat(ticket.reference()).isEqualTo("HD-" + report.group(1));
                assertThat(ticket.subject()).isEqualTo(CrashSafetyWriter.subject(i));
                assertThat(ticket.requester().id()).isEqualTo(CrashSafetyWriter.REQUESTER);
                assertThat(ticket.messages()).extracting(TicketView.MessageView::body)
                        .containsExactly(CrashSafetyWriter.body(i));
                reported.add(ticket.id());
            }
        }
        assertThat(reported).doesNotHaveDuplicates();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            assertThat(query(connection, "PRAGMA integrity_check")).containsExactly("ok");
            assertThat(Integer.parseInt(query(connection, "SELECT COUNT(*) FROM ticket").get(0)))
                    .as("tickets: those reported, and at most the one committed but not yet reported")
                    .isBetween(reports.size(), reports.size() + 1);
            try (Statement statement = connection.createStatement()) {
                // FTS5's own check: the full-text index agrees with its content (throws SQLITE_CORRUPT_VTAB if not)
                statement.execute("INSERT INTO ticket_text (ticket_text) VALUES ('integrity-check')");
            }
        }
    }

    private static void readLines(Process writer, BlockingQueue<String> lines) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(writer.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (REPORT.matcher(line).matches()) { // anything else (a logger's output) is not a report
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            // the pipe closes when the writer is killed
        } finally {
            lines.add(END);
        }
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }

    private static String tail(Path file) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
