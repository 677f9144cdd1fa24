package dev.helpdesk.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web benchmark still runs end to end on a tiny database: wrk measures the hello-world, the portal's sign-in
 * page, one session's list and ticket page, and a crowd of signed-in contacts (12 here, 1,000 in the real run)
 * each asking their own pages through the Lua script.
 */
class WebBenchmarkSmokeTest {

    @Test
    @Timeout(180)
    void aTinyRunMeasuresTheHelloWorldAndThePortal(@TempDir Path directory) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/wrk")), "wrk is not installed (apt-get install wrk): the "
                + "web benchmark needs it");
        Path report = directory.resolve("BENCHMARKS.md");
        Files.writeString(report, "# Web\n\n" + WebReport.RESULTS_START + "\n" + WebReport.RESULTS_END + "\n");
        WebBenchmarkOptions options = WebBenchmarkOptions.parse("--tickets", "300", "--data-dir",
                directory.toString(), "--report", report.toString(), "--seconds", "1", "--warmup", "0",
                "--connections", "8", "--organizations", "20", "--contacts", "100", "--sessions", "12", "--wrk", "/usr/bin/wrk");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        WebReport results = new WebBenchmark(options, new PrintStream(out, true, StandardCharsets.UTF_8)).run();

        assertThat(results.data().tickets()).isEqualTo(300);
        assertThat(results.data().acmeTickets()).as("Acme's share of the bulk tickets, besides its demo ones")
                .isGreaterThan(20);
        assertThat(results.rows()).filteredOn(row -> row.result().isPresent()).extracting(WebReport.Row::page)
                .contains(WebReport.HELLO, "sign-in page, signed out", "tickets list, 1 session",
                        "ticket page, 1 session", "tickets list, 12 sessions", "ticket page, 12 sessions",
                        "tickets list, 12 sessions, 10 agent replies/s", WebReport.HELLO_AGAIN);
        assertThat(results.rows()).allSatisfy(row -> row.result().ifPresent(r -> {
            assertThat(r.requestsPerSecond()).as(row.page()).isPositive();
            assertThat(r.failures()).as(row.page() + " failed requests").isZero();
        }));
        assertThat(results.rows()).filteredOn(row -> row.page().equals("tickets list, 12 sessions"))
                .allSatisfy(row -> assertThat(row.allocatedBytes()).as("bytes allocated a list request").isPositive());
        assertThat(Files.readString(report)).contains("| hello-world, 2 KB of HTML | `/` |", "300 tickets",
                "the crowd is 12 contacts");
    }
}
