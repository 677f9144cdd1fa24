package dev.helpdesk.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** wrk's report, as wrk 4.1 prints it with --latency, read into figures in milliseconds. */
class WrkTest {
    private static final String REPORT = """
            Running 20s test @ http://127.0.0.1:41234/support/tickets
              2 threads and 64 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency     4.12ms    2.95ms  61.30ms   88.12%
                Req/Sec     8.21k   612.40    9.55k    71.00%
              Latency Distribution
                 50%  P50
                 75%    4.80ms
                 90%    6.90ms
                 99%  P99
              326712 requests in 20.00s, 1.01GB read
              Socket errors: connect 0, read 2, write 0, timeout 1
              Non-2xx or 3xx responses: 7
            Requests/sec:  16335.60
            Transfer/sec:     51.73MB
            """;

    @Test
    void readsTheRateThePercentilesInMillisecondsAndTheFailures() {
        Wrk.Result result = Wrk.parse(report("850.00us", "1.20s"));

        assertThat(result.requestsPerSecond()).isEqualTo(16335.60);
        assertThat(result.p50Millis()).isEqualTo(0.85);
        assertThat(result.p99Millis()).isEqualTo(1200.0);
        assertThat(result.requests()).isEqualTo(326712);
        assertThat(result.failures()).as("3 socket errors and 7 bad statuses").isEqualTo(10);
    }

    @Test
    void aReportWithoutErrorLinesHasNoFailures() {
        String clean = report("3.50ms", "12.40ms").lines()
                .filter(line -> !line.contains("Socket errors") && !line.contains("Non-2xx"))
                .reduce("", (a, b) -> a + b + "\n");

        Wrk.Result result = Wrk.parse(clean);

        assertThat(result.failures()).isZero();
        assertThat(result.p50Millis()).isEqualTo(3.5);
        assertThat(result.p99Millis()).isEqualTo(12.4);
    }

    @Test
    void aReportWithoutTheLatencyDistributionIsRefused() {
        String withoutDistribution = report("1ms", "2ms").replaceAll("(?m)^\\s+\\d+%.*$\\n", "");
        assertThatThrownBy(() -> Wrk.parse(withoutDistribution)).hasMessageContaining("--latency");
    }

    private static String report(String p50, String p99) {
        return REPORT.replace("P50", p50).replace("P99", p99);
    }
}
