package dev.helpdesk.examples.benchmark;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the web benchmark runs.
 *
 * @param tickets      tickets in the database (demo tickets included); a kept database is only topped up
 * @param dataDirectory where the SQLite file is kept between runs
 * @param report       the Markdown file whose web results section is rewritten; empty: print only
 * @param seconds      how long wrk measures each page
 * @param warmupSeconds an unrecorded wrk run before each measured one, for the JIT
 * @param threads      wrk's threads ({@code -t})
 * @param connections  wrk's open connections ({@code -c})
 * @param acmeEvery    every n-th bulk ticket belongs to the demo organization Acme, whose primary user is measured
 * @param ticketPath   the ticket page to measure; empty: the first ticket linked from the list
 * @param wrk          the wrk executable
 * @param sessions     how many bulk contacts sign in for the crowd's rows (each with their own pages)
 */
record WebBenchmarkOptions(long tickets, Path dataDirectory, Optional<Path> report, int seconds, int warmupSeconds,
                           int threads, int connections, int acmeEvery, Optional<String> ticketPath, String wrk,
                           int organizations, int contacts, long seed, int sessions) {

    static final String USAGE = "WebBenchmark [--tickets 100000] [--data-dir target/web-bench] "
            + "[--report docs/BENCHMARKS.md] [--seconds 20] [--warmup 20] [--threads 2] [--connections 64] "
            + "[--acme-every 10] [--ticket-path /support/tickets/HD-42] [--wrk wrk] [--organizations 200] "
            + "[--contacts 2000] [--seed 42] [--sessions 1000]";

    WebBenchmarkOptions {
        if (tickets < 1 || seconds < 1 || warmupSeconds < 0 || threads < 1 || connections < threads
                || acmeEvery < 1 || organizations < 1 || contacts < organizations || sessions < 1
                || sessions > contacts) {
            throw new IllegalArgumentException("counts must be positive, connections at least threads, contacts at "
                    + "least organizations, sessions at most contacts; usage: " + USAGE);
        }
    }

    static WebBenchmarkOptions parse(String... args) {
        long tickets = 100_000;
        Path data = Path.of("target", "web-bench");
        Optional<Path> report = Optional.empty();
        int seconds = 20;
        int warmup = 20;
        int threads = 2;
        int connections = 64;
        int acmeEvery = 10;
        Optional<String> ticketPath = Optional.empty();
        String wrk = "wrk";
        int organizations = 200;
        int contacts = 2_000;
        long seed = 42;
        int sessions = 1_000;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + name + "; usage: " + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--tickets" -> tickets = Long.parseLong(value.replace("_", ""));
                case "--data-dir" -> data = Path.of(value);
                case "--report" -> report = Optional.of(Path.of(value));
                case "--seconds" -> seconds = Integer.parseInt(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--connections" -> connections = Integer.parseInt(value);
                case "--acme-every" -> acmeEvery = Integer.parseInt(value);
                case "--ticket-path" -> ticketPath = Optional.of(value);
                case "--wrk" -> wrk = value;
                case "--organizations" -> organizations = Integer.parseInt(value);
                case "--contacts" -> contacts = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--sessions" -> sessions = Integer.parseInt(value.replace("_", ""));
                default -> throw new IllegalArgumentException("unknown option " + name + "; usage: " + USAGE);
            }
        }
        return new WebBenchmarkOptions(tickets, data, report, seconds, warmup, threads, connections, acmeEvery,
                ticketPath, wrk, organizations, contacts, seed, sessions);
    }

    Path database() {
        return dataDirectory.resolve("web-benchmark.db");
    }
}
