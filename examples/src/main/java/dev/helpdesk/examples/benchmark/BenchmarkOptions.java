package dev.helpdesk.examples.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What to run.
 *
 * @param sizes          database sizes in tickets, ascending; each is loaded on top of the previous one
 * @param dataDirectory  where the SQLite file goes (emptied first)
 * @param report         the Markdown file whose results section is rewritten; empty: print only
 * @param openSample     tickets opened per way of opening (library/raw, 1/2 threads) at each size
 * @param pageSamples    samples of each list page, per side
 * @param searchSamples  samples of each search, per side
 * @param secondsPerRead the most time one read operation may take at one size (both sides), at least 10 samples
 */
record BenchmarkOptions(List<Long> sizes, Path dataDirectory, Optional<Path> report, int openSample, int pageSamples,
                        int searchSamples, int secondsPerRead, int organizations, int contacts, long seed) {

    static final String USAGE = "StorageBenchmark [--sizes 10000,100000,1000000] [--data-dir target/bench] "
            + "[--report docs/BENCHMARKS.md] [--quick] [--open-sample 10000] [--page-samples 2000] "
            + "[--search-samples 300] [--seconds-per-read 30] [--organizations 300] [--contacts 3000] [--seed 42]";

    BenchmarkOptions {
        sizes = List.copyOf(sizes);
        if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("sizes must be positive: " + sizes);
        }
        for (int i = 1; i < sizes.size(); i++) {
            if (sizes.get(i) <= sizes.get(i - 1)) {
                throw new IllegalArgumentException("sizes must ascend: " + sizes);
            }
        }
        if (openSample < 2 || pageSamples < 1 || searchSamples < 1 || secondsPerRead < 1 || organizations < 1
                || contacts < organizations) {
            throw new IllegalArgumentException("counts must be positive, and contacts at least organizations");
        }
    }

    static BenchmarkOptions defaults() {
        return new BenchmarkOptions(List.of(10_000L, 100_000L, 1_000_000L), Path.of("target", "bench"),
                Optional.empty(), 10_000, 2_000, 300, 30, 300, 3_000, 42);
    }

    /** Small samples, for a smoke run in CI: {@code --sizes 2000 --quick}. */
    BenchmarkOptions quick() {
        return new BenchmarkOptions(sizes, dataDirectory, report, 200, 50, 20, 5, Math.min(organizations, 30),
                Math.min(contacts, 200), seed);
    }

    BenchmarkOptions withSizes(List<Long> next) {
        return new BenchmarkOptions(next, dataDirectory, report, openSample, pageSamples, searchSamples, secondsPerRead,
                organizations, contacts, seed);
    }

    BenchmarkOptions withDataDirectory(Path next) {
        return new BenchmarkOptions(sizes, next, report, openSample, pageSamples, searchSamples, secondsPerRead,
                organizations, contacts, seed);
    }

    static BenchmarkOptions parse(String... args) {
        BenchmarkOptions options = defaults();
        boolean quick = false;
        List<Long> sizes = options.sizes();
        Path data = options.dataDirectory();
        Optional<Path> report = options.report();
        int open = options.openSample();
        int pages = options.pageSamples();
        int searches = options.searchSamples();
        int seconds = options.secondsPerRead();
        int organizations = options.organizations();
        int contacts = options.contacts();
        long seed = options.seed();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--quick")) {
                quick = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + arg + "; usage: " + USAGE);
            }
            String value = args[++i];
            switch (arg) {
                case "--sizes":
                    sizes = new ArrayList<>();
                    for (String size : value.split(",")) {
                        sizes.add(Long.parseLong(size.trim().replace("_", "")));
                    }
                    break;
                case "--data-dir":
                    data = Path.of(value);
                    break;
                case "--report":
                    report = Optional.of(Path.of(value));
                    break;
                case "--open-sample":
                    open = Integer.parseInt(value);
                    break;
                case "--page-samples":
                    pages = Integer.parseInt(value);
                    break;
                case "--search-samples":
                    searches = Integer.parseInt(value);
                    break;
                case "--seconds-per-read":
                    seconds = Integer.parseInt(value);
                    break;
                case "--organizations":
                    organizations = Integer.parseInt(value);
                    break;
                case "--contacts":
                    contacts = Integer.parseInt(value);
                    break;
                case "--seed":
                    seed = Long.parseLong(value);
                    break;
                default:
                    throw new IllegalArgumentException("unknown option " + arg + "; usage: " + USAGE);
            }
        }
        BenchmarkOptions parsed = new BenchmarkOptions(sizes, data, report, open, pages, searches, seconds,
                organizations, contacts, seed);
        return quick ? parsed.quick() : parsed;
    }
}
