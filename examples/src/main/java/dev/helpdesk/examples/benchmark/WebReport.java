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

    /**
     * One page: measured (with the bytes allocated and the JVM's CPU nanoseconds a request, -1 unknown), or the
     * reason it was not.
     */
    record Row(String page, String path, Optional<Wrk.Result> result, String note, long allocatedBytes,
               long cpuNanos) {
        static Row measured(String page, String path, Wrk.Result result, long allocatedBytes, long cpuNanos) {
            return new Row(page, path, Optional.of(result), "", allocatedBytes, cpuNanos);
        }

        static Row measured(String page, String path, Wrk.Result result, long allocatedBytes) {
            return measured(page, path, result, allocatedBytes, -1);
        }

        static Row measured(String page, String path, Wrk.Result result) {
            return measured(page, path, result, -1, -1);
        }

        static Row skipped(String page, String path, String why) {
            return new Row(page, path, Optional.empty(), why, -1, -1);
        }

        Row withPath(String shown) {
            return new Row(page, shown, result, note, allocatedBytes, cpuNanos);
        }

        /** A row of the crowd (many sessions), without writes beside it: what the targets are judged on. */
        boolean crowd(String kind) {
            return page.startsWith(kind + ", ") && page.endsWith(" sessions");
        }
    }

    /** The hello-world's rate, the yardstick of every ratio: the better of its first and last run. */
    double baseline() {
        return rows.stream().filter(r -> r.page().equals(HELLO) || r.page().equals(HELLO_AGAIN))
                .flatMap(r -> r.result().stream()).mapToDouble(Wrk.Result::requestsPerSecond).max()
                .orElse(Double.NaN);
    }

    private Optional<Row> crowdRow(String kind) {
        return rows.stream().filter(r -> r.crowd(kind)).findFirst();
    }

    /**
     * Whether the crowd's tickets list met issue 11's targets: rate, p99, and, when it was counted, allocation;
     * empty when it was not measured.
     */
    Optional<Boolean> listTargetMet() {
        return crowdRow(LIST).flatMap(row -> row.result().map(r -> r.requestsPerSecond()
                >= WebBenchmark.TARGET_RATIO * baseline() && r.p99Millis() < WebBenchmark.TARGET_P99_MILLIS
                && (row.allocatedBytes() < 0 || row.allocatedBytes() < WebBenchmark.TARGET_BYTES_PER_LIST)));
    }

    /** Whether the crowd's ticket pages met issue 11's target rate; empty when they were not measured. */
    Optional<Boolean> ticketTargetMet() {
        return crowdRow(TICKET).flatMap(Row::result).map(r -> r.requestsPerSecond()
                >= WebBenchmark.TICKET_TARGET_RATIO * baseline());
    }

    static final String LIST = "tickets list";
    static final String TICKET = "ticket page";

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
                .append(String.format(Locale.ROOT, "- database: %,d tickets in SQLite (WAL); the single session is "
                        + "%s, the primary user of Acme, who sees its %,d tickets; the crowd is %,d contacts of the "
                        + "bulk population, signed in, each seeing their own tickets or their organization's%n",
                        data.tickets(), DemoData.PRIMARY_EMAIL, data.acmeTickets(), options.sessions()))
                .append("- load average (1/5/15 min) before: ").append(loadBefore).append("; after: ")
                .append(loadAfter).append("\n\n")
                .append("Ratios are to the better hello-world run (first or last). \"1 session\" rows ask one URL "
                        + "with one cookie; the crowd's rows send each request as the next signed-in contact (a wrk "
                        + "Lua script rotating their cookies), for one of their own pages: their list as it opens, "
                        + "with a status or category filter or another sort, or one of their tickets. The last list "
                        + "row has an agent reply to another organization's ticket "
                        + WebBenchmark.REPLIES_PER_SECOND + " times a second during the run. \"KB/request\" is what "
                        + "the whole JVM allocated during the run (HotSpot's per-thread counters) divided by the "
                        + "requests served; \"CPU ms/request\" the JVM's CPU time (all its threads, not wrk's) likewise, which "
                        + "other processes on the machine do not change as they change the rates.\n\n")
                .append("| page | path | requests/s | × hello-world | p50 ms | p99 ms | KB/request | CPU ms/request "
                        + "| failed requests |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            md.append("| ").append(row.page()).append(" | `").append(row.path()).append("` | ");
            if (row.result().isPresent()) {
                Wrk.Result r = row.result().get();
                md.append(String.format(Locale.ROOT, "%,.0f | %.2f | %.2f | %.2f | %s | %s | %d |%n",
                        r.requestsPerSecond(), r.requestsPerSecond() / baseline(), r.p50Millis(), r.p99Millis(),
                        row.allocatedBytes() < 0 ? "" : String.format(Locale.ROOT, "%.1f",
                                row.allocatedBytes() / 1024.0),
                        row.cpuNanos() < 0 ? "" : String.format(Locale.ROOT, "%.3f", row.cpuNanos() / 1e6),
                        r.failures()));
            } else {
                md.append("not measured: ").append(row.note()).append(" | | | | | | |\n");
            }
        }
        md.append('\n').append(String.format(Locale.ROOT, "Targets of issue 11, on the crowd's rows: the tickets "
                + "list at ≥ %.2f× the hello-world rate with p99 under %.0f ms and under %d KB allocated a request: ",
                WebBenchmark.TARGET_RATIO, WebBenchmark.TARGET_P99_MILLIS, WebBenchmark.TARGET_BYTES_PER_LIST / 1024))
                .append(verdict(listTargetMet()))
                .append(String.format(Locale.ROOT, " The ticket page at ≥ %.2f× the hello-world rate: ",
                        WebBenchmark.TICKET_TARGET_RATIO))
                .append(verdict(ticketTargetMet())).append('\n');
        return md.toString();
    }

    private static String verdict(Optional<Boolean> met) {
        return met.map(m -> m ? "**met**." : "**not met**.").orElse("not measured yet.");
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
