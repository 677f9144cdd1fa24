package dev.helpdesk.examples.benchmark;

import dev.helpdesk.examples.portal.demo.DemoData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The web benchmark's results as Markdown, and their place in docs/BENCHMARKS.md between two markers. */
record WebReport(ZonedDateTime date, String wrkVersion, String wrkCommand, WebBenchmarkOptions options,
                 WebBenchmarkData.Summary data, String loadBefore, String loadAfter, List<Row> rows) {
    static final String RESULTS_START = "<!-- web benchmark results: start (written by WebBenchmark) -->";
    static final String RESULTS_END = "<!-- web benchmark results: end -->";
    static final String HELLO = "hello-world, 2 KB of HTML";
    static final String HELLO_AGAIN = "hello-world again, last";

    WebReport {
        rows = List.copyOf(rows);
    }

    /** One page: measured, or the reason it was not. */
    record Row(String page, String path, Optional<Wrk.Result> result, String note) {
        static Row measured(String page, String path, Wrk.Result result) {
            return new Row(page, path, Optional.of(result), "");
        }

        static Row skipped(String page, String path, String why) {
            return new Row(page, path, Optional.empty(), why);
        }
    }

    /** The hello-world's rate, the yardstick of every ratio: the better of its first and last run. */
    double baseline() {
        return rows.stream().filter(r -> r.page().equals(HELLO) || r.page().equals(HELLO_AGAIN))
                .flatMap(r -> r.result().stream()).mapToDouble(Wrk.Result::requestsPerSecond).max()
                .orElse(Double.NaN);
    }

    /**
     * Whether the tickets list met the target, judged on its first row (the portal as it runs by default);
     * empty when it was not measured.
     */
    Optional<Boolean> listTargetMet() {
        return rows.stream().filter(r -> r.path().equals(WebBenchmark.LIST_PATH)).findFirst()
                .flatMap(Row::result).map(r -> r.requestsPerSecond() >= WebBenchmark.TARGET_RATIO * baseline()
                        && r.p99Millis() < WebBenchmark.TARGET_P99_MILLIS);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("- date: ").append(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n')
                .append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores (nproc), ")
                .append(Machine.cpuModel()).append(", ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .append(" MB max heap; wrk and the servers share the cores\n")
                .append("- JVM: ").append(System.getProperty("java.vm.name")).append(' ')
                .append(System.getProperty("java.runtime.version")).append("; ").append(wrkVersion).append('\n')
                .append("- load: `").append(wrkCommand).append("` per page, after a ").append(options.warmupSeconds())
                .append(" s warm-up run of the same page\n")
                .append(String.format(Locale.ROOT, "- database: %,d tickets in SQLite (WAL); signed in as %s, the "
                        + "primary user of Acme, who sees its %,d tickets%n", data.tickets(), DemoData.PRIMARY_EMAIL,
                        data.acmeTickets()))
                .append("- load average (1/5/15 min) before: ").append(loadBefore).append("; after: ")
                .append(loadAfter).append("\n\n")
                .append("Ratios are to the better hello-world run (first or last). The portal runs as it does by "
                        + "default, with its page cache: a page is sent again while nothing was committed. The rows "
                        + "marked \"page cache off\" come from a second portal on the same file that renders every "
                        + "page from the database, as happens for the first request after any commit. The last "
                        + "tickets-list row has an agent reply to another organization's ticket "
                        + WebBenchmark.REPLIES_PER_SECOND + " times a second during the run: nothing on the page "
                        + "changes, but every commit makes it be made again.\n\n")
                .append("| page | path | requests/s | × hello-world | p50 ms | p99 ms | failed requests |\n")
                .append("|---|---|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            md.append("| ").append(row.page()).append(" | `").append(row.path()).append("` | ");
            if (row.result().isPresent()) {
                Wrk.Result r = row.result().get();
                md.append(String.format(Locale.ROOT, "%,.0f | %.2f | %.2f | %.2f | %d |%n", r.requestsPerSecond(),
                        r.requestsPerSecond() / baseline(), r.p50Millis(), r.p99Millis(), r.failures()));
            } else {
                md.append("not measured: ").append(row.note()).append(" | | | | |\n");
            }
        }
        md.append('\n').append(String.format(Locale.ROOT, "Target of issue 5, the tickets list at ≥ %.1f× the "
                + "hello-world rate with p99 under %.0f ms: ", WebBenchmark.TARGET_RATIO,
                WebBenchmark.TARGET_P99_MILLIS))
                .append(listTargetMet().map(met -> met ? "**met**." : "**not met**.").orElse("not measured yet."))
                .append('\n');
        return md.toString();
    }

    /** Rewrites the results between the markers, which must be there (the text around them is written by hand). */
    void writeInto(Path file) throws IOException {
        String existing = Files.readString(file, StandardCharsets.UTF_8);
        int start = existing.indexOf(RESULTS_START);
        int end = existing.indexOf(RESULTS_END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(file + " has no web results section: add the lines " + RESULTS_START
                    + " and " + RESULTS_END + " where the results go");
        }
        Files.writeString(file, existing.substring(0, start) + RESULTS_START + "\n\n" + markdown() + "\n"
                + existing.substring(end), StandardCharsets.UTF_8);
    }


}
