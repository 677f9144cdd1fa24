package dev.helpdesk.examples.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one run, per database size, and how they print. */
final class BenchmarkResults {
    private final Map<Long, List<Figure>> bySize = new LinkedHashMap<>();
    private final Map<Long, List<String>> notes = new LinkedHashMap<>();
    private int mismatches;

    void add(long size, Figure figure) {
        bySize.computeIfAbsent(size, s -> new ArrayList<>()).add(figure);
    }

    void note(long size, String note) {
        notes.computeIfAbsent(size, s -> new ArrayList<>()).add(note);
    }

    void mismatch() {
        mismatches++;
    }

    /** Samples where the library and the hand-written statement returned different tickets; must be 0. */
    int mismatches() {
        return mismatches;
    }

    Map<Long, List<Figure>> bySize() {
        return bySize;
    }

    List<Figure> all() {
        return bySize.values().stream().flatMap(List::stream).toList();
    }

    /** One table per size, as Markdown. */
    String markdown() {
        StringBuilder out = new StringBuilder();
        bySize.forEach((size, figures) -> {
            out.append("\n### ").append(String.format(Locale.ROOT, "%,d", size)).append(" tickets\n\n");
            out.append("| operation | figure | library | raw JDBC | library / raw | samples |\n");
            out.append("|---|---|---:|---:|---:|---:|\n");
            for (Figure f : figures) {
                out.append("| ").append(f.operation()).append(" | ").append(f.statistic()).append(" | ")
                        .append(format(f.ours())).append(" | ").append(format(f.raw())).append(" | ")
                        .append(String.format(Locale.ROOT, "%.2f", f.ratio())).append(" | ").append(f.samples())
                        .append(" |\n");
            }
            for (String note : notes.getOrDefault(size, List.of())) {
                out.append("\n").append(note).append('\n');
            }
        });
        return out.toString();
    }

    /** A plain-text table of every size, for the console. */
    String table() {
        StringBuilder out = new StringBuilder();
        bySize.forEach((size, figures) -> {
            out.append(String.format(Locale.ROOT, "%n== %,d tickets ==%n", size));
            out.append(String.format(Locale.ROOT, "%-46s %-14s %12s %12s %8s %8s%n", "operation", "figure", "library",
                    "raw JDBC", "lib/raw", "samples"));
            for (Figure f : figures) {
                out.append(String.format(Locale.ROOT, "%-46s %-14s %12s %12s %8.2f %8d%n", f.operation(), f.statistic(),
                        format(f.ours()), format(f.raw()), f.ratio(), f.samples()));
            }
        });
        return out.toString();
    }

    private static String format(double value) {
        if (value >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (value >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /**
     * One figure measured both ways. For a rate (tickets/s) a ratio above 1 means the library is faster; for a
     * latency (ms) a ratio below 1 does.
     */
    record Figure(String operation, String statistic, double ours, double raw, int samples) {
        double ratio() {
            return ours / raw;
        }
    }
}
