package dev.helpdesk.examples.benchmark;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated on the heap by every live thread of this JVM, from HotSpot's per-thread counters
 * ({@code com.sun.management.ThreadMXBean}): read before and after a run, divided by the requests served, it is
 * what a request allocates, the portal's and Jetty's work included (and the little the other threads did meanwhile).
 */
final class Allocation {
    private Allocation() {
    }

    /**
     * CPU time this JVM used so far, all threads, in nanoseconds; -1 when unknown. Per request, it is what a page
     * costs whatever else runs on the machine (wrk and other processes are not counted), which the rates are not.
     */
    static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime() : -1;
    }

    /** The total so far, or -1 when this JVM does not count allocation per thread. */
    static long total() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean)) {
            return -1;
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        if (!threads.isThreadAllocatedMemorySupported() || !threads.isThreadAllocatedMemoryEnabled()) {
            return -1;
        }
        long sum = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, bytes);
        }
        return sum;
    }
}
