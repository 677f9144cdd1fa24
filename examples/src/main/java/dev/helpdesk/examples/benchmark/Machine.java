package dev.helpdesk.examples.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the benchmark reports say of the machine they ran on, read from /proc. */
final class Machine {
    private Machine() {
    }

    /** The 1, 5 and 15 minute load averages, such as {@code 1.02 / 0.80 / 0.55}. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The processor's model name. */
    static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
