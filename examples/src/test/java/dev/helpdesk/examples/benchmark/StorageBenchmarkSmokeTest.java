package dev.helpdesk.examples.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark program still runs end to end, on a tiny database, and measures something on both sides. */
class StorageBenchmarkSmokeTest {

    @Test
    @Timeout(120)
    void aTinyRunMeasuresEveryOperationBothWaysWithTheSameResults(@TempDir Path directory) throws Exception {
        Path report = directory.resolve("docs").resolve("BENCHMARKS.md");
        BenchmarkOptions options = BenchmarkOptions.parse("--sizes", "300", "--data-dir", directory.toString(),
                "--report", report.toString(), "--open-sample", "40", "--page-samples", "20", "--search-samples", "10",
                "--seconds-per-read", "2", "--organizations", "20", "--contacts", "100");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        BenchmarkResults results = new StorageBenchmark(options, new PrintStream(out, true, StandardCharsets.UTF_8)).run();

        assertThat(results.all()).hasSize(2 * 2 + 2 * 3 * 3 + 2);
        assertThat(results.all()).allSatisfy(figure -> {
            assertThat(figure.ours()).as(figure.operation() + " " + figure.statistic() + " (library)").isPositive();
            assertThat(figure.raw()).as(figure.operation() + " " + figure.statistic() + " (raw)").isPositive();
            assertThat(figure.samples()).as(figure.operation() + " samples").isPositive();
        });
        assertThat(results.mismatches()).as("samples where library and raw JDBC disagree:%n%s",
                out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(report)).contains(StorageBenchmark.RESULTS_START, StorageBenchmark.RESULTS_END,
                "300 tickets", "requester's first page of 25", "nproc");
    }
}
