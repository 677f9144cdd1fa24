package dev.helpdesk.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results section: ratios to the better hello-world run, the target verdict, and its place in the file. */
class WebReportTest {
    @TempDir
    Path directory;

    @Test
    void theCrowdsListMeetsTheTargetAtASixthOfTheBetterHelloWorldRunWithAShortP99AndLittleAllocation() {
        WebReport report = report(list(6_100, 19.0, 50_000));

        assertThat(report.baseline()).isEqualTo(40_000);
        assertThat(report.listTargetMet()).hasValue(true);
        assertThat(report.markdown()).contains("| tickets list, 1,000 sessions | `/support/tickets` | 6,100 | 0.15 |",
                "| 48.8 |", "**met**");
    }

    @Test
    void aSlowP99ALowRateOrTooMuchAllocationMissesTheTarget() {
        assertThat(report(list(6_100, 25.0, 50_000)).listTargetMet()).hasValue(false);
        assertThat(report(list(5_000, 5.0, 50_000)).listTargetMet()).hasValue(false);
        assertThat(report(list(6_100, 5.0, 70_000)).listTargetMet()).hasValue(false);
        assertThat(report(list(5_000, 5.0, 50_000)).markdown()).contains("**not met**");
    }

    @Test
    void theSingleSessionRowIsNotWhatTheTargetIsJudgedOn() {
        WebReport.Row oneSession = WebReport.Row.measured("tickets list, 1 session", WebBenchmark.LIST_PATH,
                new Wrk.Result(20_000, 1, 2, 400_000, 0), 10_000);

        assertThat(report(oneSession).listTargetMet()).isEmpty();
    }

    @Test
    void aListNotBuiltYetIsReportedAsNotMeasured() {
        WebReport report = report(WebReport.Row.skipped("tickets list, 1,000 sessions", WebBenchmark.LIST_PATH,
                "answers 404"));

        assertThat(report.listTargetMet()).isEmpty();
        assertThat(report.markdown()).contains("not measured: answers 404", "not measured yet.");
    }

    @Test
    void writingReplacesOnlyTheTextBetweenTheMarkers() throws Exception {
        Path file = directory.resolve("BENCHMARKS.md");
        Files.writeString(file, "# Storage\nkept\n\n# Web\nintro\n\n" + WebReport.RESULTS_START + "\nold results\n"
                + WebReport.RESULTS_END + "\n\nafter\n");

        report(list(13_000, 10.0, 40_000)).writeInto(file);

        String written = Files.readString(file);
        assertThat(written).startsWith("# Storage\nkept\n\n# Web\nintro\n\n" + WebReport.RESULTS_START)
                .endsWith(WebReport.RESULTS_END + "\n\nafter\n").doesNotContain("old results")
                .contains("2 KB of HTML", "nproc");
    }

    @Test
    void aFileWithoutMarkersIsLeftAlone() throws Exception {
        Path file = directory.resolve("BENCHMARKS.md");
        Files.writeString(file, "# Storage only\n");

        assertThatThrownBy(() -> report(list(13_000, 10.0, 40_000)).writeInto(file)).hasMessageContaining(
                WebReport.RESULTS_START);
        assertThat(Files.readString(file)).isEqualTo("# Storage only\n");
    }

    private static WebReport.Row list(double rate, double p99, long allocatedBytes) {
        return WebReport.Row.measured("tickets list, 1,000 sessions", WebBenchmark.LIST_PATH,
                new Wrk.Result(rate, p99 / 2, p99, (long) rate * 20, 0), allocatedBytes);
    }

    private static WebReport report(WebReport.Row list) {
        List<WebReport.Row> rows = List.of(
                WebReport.Row.measured(WebReport.HELLO, "/", new Wrk.Result(38_000, 1.2, 4.5, 760_000, 0)),
                list,
                WebReport.Row.measured(WebReport.HELLO_AGAIN, "/", new Wrk.Result(40_000, 1.1, 4.4, 800_000, 0)));
        return new WebReport(ZonedDateTime.now(), "wrk 4.1.0", "wrk -t2 -c64 -d20s --latency",
                WebBenchmarkOptions.parse(), new WebBenchmarkData.Summary(100_000, 10_000, 0, 0), "1 / 1 / 1",
                "1 / 1 / 1", rows);
    }
}
