package dev.helpdesk.examples.benchmark;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.Page;
import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.ticket.TicketSort;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.storage.jdbc.JdbcStorage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Measures the library on an SQLite file against hand-written JDBC doing the same work on the same schema, at
 * growing database sizes: opening tickets (1 and 2 threads), a requester's first page, an organization's page
 * filtered by status, and full-text search as a contact and as an admin for rare, medium and very common words.
 * Each figure is given both ways and as a ratio; the two sides of a read must return the same tickets.
 *
 * <p>The bulk of each database is written by {@link BulkLoader} (three messages per ticket); the opening rate is
 * measured on a fresh sample opened through {@code Helpdesk.tickets().open}, removed again afterwards so every
 * size is measured on exactly its number of tickets.
 *
 * <pre>
 * mvn -B -q -pl examples -am -DskipTests package exec:java \
 *     -Dexec.mainClass=dev.helpdesk.examples.benchmark.StorageBenchmark -Dexec.args="--report docs/BENCHMARKS.md"
 * </pre>
 */
public final class StorageBenchmark {
    static final String RESULTS_START = "<!-- benchmark results: start (written by StorageBenchmark) -->";
    static final String RESULTS_END = "<!-- benchmark results: end -->";
    private static final int PAGE = 25;
    private static final int SEARCH_PAGE = 20;
    private static final int MIN_SAMPLES = 10;
    private static final int SHOWN_MISMATCHES = 5;

    private final BenchmarkOptions options;
    private final PrintStream out;
    private final BenchmarkResults results = new BenchmarkResults();
    private final TicketSchema schema = TicketSchema.defaults();
    private final TextModel text = new TextModel();
    private final Population population;
    private final Path database;

    StorageBenchmark(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.population = new Population(schema, options.organizations(), options.contacts(), options.seed());
        this.database = options.dataDirectory().resolve("benchmark.db");
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return;
        }
        BenchmarkResults results = new StorageBenchmark(options, System.out).run();
        if (results.mismatches() > 0) {
            System.err.println(results.mismatches() + " samples returned different tickets from the library and "
                    + "from raw JDBC: see above");
        }
    }

    BenchmarkResults run() throws Exception {
        long started = System.nanoTime();
        String loadBefore = Machine.loadAverage();
        ZonedDateTime date = ZonedDateTime.now();
        Files.createDirectories(options.dataDirectory());
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(database + suffix));
        }
        try (JdbcStorage storage = JdbcStorage.sqlite(database)) {
            population.saveDirectory(Helpdesk.builder().storage(storage).schema(schema).build().directory());
        }
        BulkLoader loader = new BulkLoader(population, text);
        List<String> loading = new ArrayList<>();
        for (long size : options.sizes()) {
            long loadStart = System.nanoTime();
            long added;
            try (Connection connection = RawJdbc.connect(database)) {
                added = loader.loadUpTo(connection, size, options.seed());
            }
            double loadSeconds = seconds(loadStart);
            loading.add(String.format(Locale.ROOT, "%,d tickets added in %.0f s", added, loadSeconds));
            out.printf(Locale.ROOT, "%n%,d tickets: %,d bulk-loaded in %.1f s (%,.0f tickets/s); measuring...%n", size,
                    added, loadSeconds, added / Math.max(loadSeconds, 1e-9));
            try (JdbcStorage storage = JdbcStorage.sqlite(database);
                 Connection raw = RawJdbc.connect(database);
                 Connection secondRaw = RawJdbc.connect(database)) {
                Helpdesk helpdesk = Helpdesk.builder().storage(storage).schema(schema).build();
                measureReads(size, helpdesk.tickets(), raw);
                measureOpens(size, helpdesk.tickets(), raw, secondRaw);
            }
            removeTicketsAbove(size);
            printFigures(size);
        }
        String environment = environment(date, loadBefore, Machine.loadAverage(), seconds(started), loading);
        out.println();
        out.println(environment);
        out.print(results.table());
        if (options.report().isPresent()) {
            writeReport(options.report().get(), environment);
            out.println("\nResults written to " + options.report().get());
        }
        return results;
    }

    // ----- reads -----

    private void measureReads(long size, TicketService tickets, Connection raw) throws Exception {
        SplittableRandom random = new SplittableRandom(options.seed() * 31 + size);
        int pages = options.pageSamples();
        List<Contact> requesters = contacts(random, pages, population::seesOnlyOwnTickets);
        read(size, "requester's first page of 25", "p99", pages,
                i -> ids(tickets.list(Caller.contact(requesters.get(i).id()), ListTickets.firstPage())),
                i -> rawIds(RawJdbc.requesterPage(raw, requesters.get(i).id().value(), PAGE + 1), PAGE));

        List<Contact> organizationUsers = contacts(random, pages, c -> true);
        ListTickets waiting = ListTickets.firstPage().filtered(TicketFilter.builder()
                .statuses(Population.STATUSES_WAITING_ON_SUPPORT).build());
        read(size, "organization's page of 25, status filter", "p99", pages, i -> {
            OrganizationId organization = Population.membership(organizationUsers.get(i)).organization();
            return ids(tickets.list(Caller.contact(population.primaryUserOf(organization)), waiting));
        }, i -> {
            OrganizationId organization = Population.membership(organizationUsers.get(i)).organization();
            return rawIds(RawJdbc.organizationPage(raw, organization.value(), Population.STATUSES_WAITING_ON_SUPPORT,
                    PAGE + 1), PAGE);
        });

        int searches = options.searchSamples();
        List<Contact> searchers = contacts(random, searches, c -> true);
        Caller admin = Caller.agent(Population.ADMIN);
        for (WordClass kind : WordClass.values()) {
            List<TextModel.Word> words = text.wordsNear(kind.share, 20);
            List<String> queries = new ArrayList<>();
            for (int i = 0; i < searches; i++) {
                queries.add(words.get(random.nextInt(words.size())).word());
            }
            String label = kind.label + " word (" + describe(words) + ")";
            read(size, "search top 20 as a contact, " + label, "p95", searches, i -> {
                Contact contact = searchers.get(i);
                return ids(tickets.list(Caller.contact(contact.id()),
                        ListTickets.firstPage().ofSize(SEARCH_PAGE).searching(queries.get(i))));
            }, i -> {
                Contact contact = searchers.get(i);
                Membership membership = Population.membership(contact);
                boolean seesOrganization = membership.primary()
                        || population.organizationOf(contact).sharing().membersSeeAll();
                Set<String> only = membership.primary() ? Set.of()
                        : membership.allowedCategories().stream().map(CategoryId::value).collect(Collectors.toSet());
                return rawIds(RawJdbc.contactSearch(raw, contact.id().value(), membership.organization().value(),
                        seesOrganization, only, queries.get(i), SEARCH_PAGE + 1), SEARCH_PAGE);
            });
            read(size, "search top 20 as admin, " + label, "p95", searches,
                    i -> ids(tickets.list(admin, ListTickets.firstPage().ofSize(SEARCH_PAGE).searching(queries.get(i)))),
                    i -> rawIds(RawJdbc.adminSearch(raw, queries.get(i), SEARCH_PAGE + 1), SEARCH_PAGE));
            read(size, "search top 20 as admin by relevance, " + label, "p95", searches,
                    i -> ids(tickets.list(admin, ListTickets.firstPage().ofSize(SEARCH_PAGE).searching(queries.get(i))
                            .sortedBy(TicketSort.RELEVANCE))),
                    i -> rawIds(RawJdbc.adminRelevanceSearch(raw, queries.get(i), SEARCH_PAGE + 1), SEARCH_PAGE));
        }
    }

    /** How common the search words of one kind are: a share of the tickets to aim at. */
    private enum WordClass {
        RARE("rare", 0.0002),
        MEDIUM("medium", 0.01),
        COMMON("very common", 0.4);

        final String label;
        final double share;

        WordClass(String label, double share) {
            this.label = label;
            this.share = share;
        }
    }

    private static String describe(List<TextModel.Word> words) {
        int[] counts = words.stream().mapToInt(TextModel.Word::documents).sorted().toArray();
        return String.format(Locale.ROOT, "%,d tickets each", counts[counts.length / 2]);
    }

    /** Contacts drawn by activity (the requester of a random ticket), among those the predicate accepts. */
    private List<Contact> contacts(SplittableRandom random, int count, Predicate<Contact> accepted) {
        if (population.contacts.stream().noneMatch(accepted)) {
            throw new IllegalStateException("no contact of this kind: use more contacts per organization");
        }
        List<Contact> drawn = new ArrayList<>();
        while (drawn.size() < count) {
            Contact contact = population.requester(random);
            if (accepted.test(contact)) {
                drawn.add(contact);
            }
        }
        return drawn;
    }

    private interface Probe {
        List<String> run(int sample) throws Exception;
    }

    /**
     * Runs both sides of one read for every sample, alternating which goes first, after a short warm-up; stops
     * early (after at least {@value #MIN_SAMPLES} samples) when the time for this read is used up.
     */
    private void read(long size, String operation, String tail, int samples, Probe ours, Probe raw) throws Exception {
        Latencies library = new Latencies();
        Latencies plain = new Latencies();
        long budget = options.secondsPerRead() * 1_000_000_000L;
        long start = System.nanoTime();
        int warmUp = Math.max(2, Math.min(20, samples / 10));
        for (int i = 0; i < warmUp && System.nanoTime() - start < budget / 5; i++) {
            ours.run(i % samples);
            raw.run(i % samples);
        }
        int mismatches = 0;
        for (int i = 0; i < samples; i++) {
            if (i >= MIN_SAMPLES && System.nanoTime() - start > budget) {
                break;
            }
            List<String> a;
            List<String> b;
            if (i % 2 == 0) {
                long t0 = System.nanoTime();
                a = ours.run(i);
                long t1 = System.nanoTime();
                b = raw.run(i);
                long t2 = System.nanoTime();
                library.add(t1 - t0);
                plain.add(t2 - t1);
            } else {
                long t0 = System.nanoTime();
                b = raw.run(i);
                long t1 = System.nanoTime();
                a = ours.run(i);
                long t2 = System.nanoTime();
                plain.add(t1 - t0);
                library.add(t2 - t1);
            }
            if (!a.equals(b)) {
                results.mismatch();
                if (mismatches++ < SHOWN_MISMATCHES) {
                    out.println("MISMATCH in " + operation + ", sample " + i + ": library " + a + ", raw " + b);
                }
            }
        }
        double p = tail.equals("p99") ? 99 : 95;
        results.add(size, new BenchmarkResults.Figure(operation, "median ms", library.percentileMillis(50),
                plain.percentileMillis(50), library.size()));
        results.add(size, new BenchmarkResults.Figure(operation, tail + " ms", library.percentileMillis(p),
                plain.percentileMillis(p), library.size()));
    }

    private static List<String> ids(Page<TicketSummaryView> page) {
        return page.items().stream().map(v -> v.id().value()).toList();
    }

    private static List<String> rawIds(List<RawJdbc.Row> rows, int limit) {
        return rows.stream().limit(limit).map(RawJdbc.Row::id).toList();
    }

    // ----- opening tickets -----

    /** One ticket to open, made before the clock starts so that making up text is not timed. */
    private record NewTicket(Contact contact, Category category, Category subcategory, String title,
                             String description) {
    }

    private void measureOpens(long size, TicketService tickets, Connection raw, Connection secondRaw) throws Exception {
        SplittableRandom random = new SplittableRandom(options.seed() * 17 + size);
        int perRound = Math.max(1, options.openSample() / 2);
        int warmUp = Math.min(200, perRound);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            openWithLibrary(tickets, newTickets(random, warmUp), 1, threads);
            openRaw(raw, secondRaw, newTickets(random, warmUp), 1, threads);
            double[] seconds = new double[4];
            for (int round = 0; round < 2; round++) {
                seconds[0] += openWithLibrary(tickets, newTickets(random, perRound), 1, threads);
                seconds[1] += openRaw(raw, secondRaw, newTickets(random, perRound), 1, threads);
                seconds[2] += openWithLibrary(tickets, newTickets(random, perRound), 2, threads);
                seconds[3] += openRaw(raw, secondRaw, newTickets(random, perRound), 2, threads);
            }
            int opened = 2 * perRound;
            results.add(size, new BenchmarkResults.Figure("open ticket + first message, 1 thread", "tickets/s",
                    opened / seconds[0], opened / seconds[1], opened));
            results.add(size, new BenchmarkResults.Figure("open ticket + first message, 2 threads", "tickets/s",
                    opened / seconds[2], opened / seconds[3], opened));
        } finally {
            threads.shutdownNow();
        }
    }

    private List<NewTicket> newTickets(SplittableRandom random, int count) {
        List<NewTicket> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Contact contact = population.requester(random);
            Category[] category = population.category(random, contact);
            batch.add(new NewTicket(contact, category[0], category[1], text.uncountedPhrase(random, 3 + random.nextInt(6)),
                    text.uncountedPhrase(random, 12 + random.nextInt(30)) + "."));
        }
        return batch;
    }

    /** Seconds to open the batch through the public API, split over the threads. */
    private static double openWithLibrary(TicketService tickets, List<NewTicket> batch, int threadCount,
                                          ExecutorService threads) throws Exception {
        return inParallel(batch, threadCount, threads, (ticket, thread) -> {
            OpenTicket command = OpenTicket.of(ticket.category().id(), ticket.title(), ticket.description());
            if (ticket.subcategory() != null) {
                command = command.inSubcategory(ticket.subcategory().id());
            }
            tickets.open(Caller.contact(ticket.contact().id()), command);
        });
    }

    /** Seconds to open the batch with hand-written INSERTs, one connection per thread. */
    private static double openRaw(Connection raw, Connection secondRaw, List<NewTicket> batch, int threadCount,
                                  ExecutorService threads) throws Exception {
        AtomicLong numbers = new AtomicLong(maxNumber(raw));
        double seconds = inParallel(batch, threadCount, threads, (ticket, thread) -> RawJdbc.open(
                thread == 0 ? raw : secondRaw, numbers.incrementAndGet(), ticket.contact().id().value(),
                Population.membership(ticket.contact()).organization().value(), ticket.category().id().value(),
                ticket.subcategory() == null ? null : ticket.subcategory().id().value(), ticket.title(),
                ticket.description(), System.currentTimeMillis()));
        try (Statement statement = raw.createStatement()) {
            // the library numbers its tickets from this counter: move it past the raw ones
            statement.executeUpdate("UPDATE ticket_counter SET last = (SELECT MAX(number) FROM ticket) WHERE id = 1");
        }
        return seconds;
    }

    private interface Opener {
        void open(NewTicket ticket, int thread) throws Exception;
    }

    private static double inParallel(List<NewTicket> batch, int threadCount, ExecutorService threads, Opener opener)
            throws Exception {
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threadCount; t++) {
            int thread = t;
            running.add(threads.submit(() -> {
                for (int i = thread; i < batch.size(); i += threadCount) {
                    opener.open(batch.get(i), thread);
                }
                return null;
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
        return seconds(start);
    }

    private static long maxNumber(Connection connection) throws SQLException {
        return BulkLoader.count(connection);
    }

    /** Deletes what the opening measurements added, so the next size starts from exactly this one. */
    private void removeTicketsAbove(long size) throws SQLException {
        try (Connection connection = RawJdbc.connect(database); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.executeUpdate("DELETE FROM message WHERE ticket_number > " + size);
            statement.executeUpdate("DELETE FROM ticket_field WHERE ticket_number > " + size);
            statement.executeUpdate("DELETE FROM ticket_text WHERE rowid > " + size);
            statement.executeUpdate("DELETE FROM ticket WHERE number > " + size);
            statement.executeUpdate("DELETE FROM outbox");
            statement.executeUpdate("UPDATE ticket_counter SET last = " + size + " WHERE id = 1");
            connection.commit();
            connection.setAutoCommit(true);
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    // ----- output -----

    private void printFigures(long size) {
        for (BenchmarkResults.Figure f : results.bySize().get(size)) {
            out.printf(Locale.ROOT, "  %-62s %-13s library %10.3f  raw %10.3f  ratio %6.2f  (n=%d)%n", f.operation(),
                    f.statistic(), f.ours(), f.raw(), f.ratio(), f.samples());
        }
    }

    private String environment(ZonedDateTime date, String loadBefore, String loadAfter, double totalSeconds,
                               List<String> loading) throws SQLException {
        String sqlite;
        try (Connection connection = RawJdbc.connect(database); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            sqlite = rs.getString(1);
        }
        return String.join("\n",
                "- date: " + date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                "- machine: " + Runtime.getRuntime().availableProcessors() + " cores (nproc), " + Machine.cpuModel() + ", "
                        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB max heap",
                "- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                        + "; SQLite " + sqlite + " (sqlite-jdbc), WAL, synchronous=NORMAL",
                "- load average (1/5/15 min) before: " + loadBefore + "; after: " + loadAfter,
                "- samples: " + options.pageSamples() + " per list page, " + options.searchSamples()
                        + " per search (fewer when " + options.secondsPerRead() + " s ran out), "
                        + options.openSample() + " tickets opened per way of opening; " + options.organizations()
                        + " organizations, " + options.contacts() + " contacts",
                "- bulk loading: " + String.join("; ", loading),
                String.format(Locale.ROOT, "- whole run: %.0f s", totalSeconds));
    }

    private void writeReport(Path report, String environment) throws IOException {
        String section = RESULTS_START + "\n\n" + environment + "\n" + results.markdown() + "\n" + RESULTS_END;
        String content;
        if (Files.exists(report)) {
            String existing = Files.readString(report, StandardCharsets.UTF_8);
            int start = existing.indexOf(RESULTS_START);
            int end = existing.indexOf(RESULTS_END);
            content = start >= 0 && end > start
                    ? existing.substring(0, start) + section + existing.substring(end + RESULTS_END.length())
                    : existing + "\n" + section + "\n";
        } else {
            content = "# Storage benchmark\n\n" + section + "\n";
        }
        Path parent = report.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(report, content, StandardCharsets.UTF_8);
    }



    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
