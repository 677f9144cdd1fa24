package dev.helpdesk.examples.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs wrk ({@code --latency}) against one URL and reads its report. */
final class Wrk {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final String executable;
    private final int threads;
    private final int connections;

    Wrk(String executable, int threads, int connections) {
        this.executable = executable;
        this.threads = threads;
        this.connections = connections;
    }

    /**
     * @param p50Millis  the median latency
     * @param p99Millis  the 99th percentile latency
     * @param failures   responses other than 2xx or 3xx, plus socket errors
     */
    record Result(double requestsPerSecond, double p50Millis, double p99Millis, long requests, long failures) {
    }

    /** wrk's command line, for the report. */
    String commandLine(int seconds) {
        return "wrk -t" + threads + " -c" + connections + " -d" + seconds + "s --latency";
    }

    Result run(String url, Optional<String> cookie, int seconds) {
        return run(url, cookie, Optional.empty(), seconds);
    }

    /**
     * @param script a Lua script that makes each request (the crowd's cookies and pages); {@code url} then names
     *               only the server
     */
    Result run(String url, Optional<String> cookie, Optional<java.nio.file.Path> script, int seconds) {
        List<String> command = new ArrayList<>(List.of(executable, "-t" + threads, "-c" + connections,
                "-d" + seconds + "s", "--latency"));
        cookie.ifPresent(value -> command.addAll(List.of("-H", "Cookie: " + value)));
        script.ifPresent(file -> command.addAll(List.of("-s", file.toString())));
        command.add(url);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
            }
            return parse(output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + executable + " (on Debian: apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while wrk ran", e);
        }
    }

    static Result parse(String output) {
        long socketErrors = 0;
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                socketErrors += Long.parseLong(errors.group(group));
            }
        }
        Matcher non2xx = NON_2XX.matcher(output);
        long failures = socketErrors + (non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0);
        return new Result(Double.parseDouble(find(RATE, output)), percentile(output, "50"),
                percentile(output, "99"), Long.parseLong(find(TOTAL, output)), failures);
    }

    /** A line of the latency distribution, such as {@code 99%    4.50ms}, in milliseconds. */
    private static double percentile(String output, String percent) {
        Matcher line = Pattern.compile("^\\s*" + percent + "%\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE)
                .matcher(output);
        if (!line.find()) {
            throw new IllegalStateException("no " + percent + "% latency in wrk's output (run with --latency):\n"
                    + output);
        }
        double value = Double.parseDouble(line.group(1));
        return switch (line.group(2).toLowerCase(Locale.ROOT)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    private static String find(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalStateException("cannot read wrk's output (" + pattern.pattern() + "):\n" + output);
        }
        return matcher.group(1);
    }

    /** The first line of {@code wrk -v}, such as {@code wrk debian/4.1.0-3+b2 [epoll]}. */
    String version() {
        try {
            Process process = new ProcessBuilder(executable, "-v").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            String first = output.lines().findFirst().orElse("wrk");
            int copyright = first.indexOf(" Copyright");
            return copyright > 0 ? first.substring(0, copyright) : first;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + executable + " (on Debian: apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking wrk its version", e);
        }
    }
}
