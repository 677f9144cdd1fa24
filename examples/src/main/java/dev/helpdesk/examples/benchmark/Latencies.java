package dev.helpdesk.examples.benchmark;

import java.util.Arrays;

/** Recorded durations of one operation, in nanoseconds; percentiles by the nearest-rank method. */
final class Latencies {
    private long[] values = new long[256];
    private int size;

    void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    int size() {
        return size;
    }

    /** The p-th percentile (0 < p <= 100) in milliseconds. */
    double percentileMillis(double p) {
        if (size == 0) {
            throw new IllegalStateException("no samples");
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1_000_000.0;
    }
}
