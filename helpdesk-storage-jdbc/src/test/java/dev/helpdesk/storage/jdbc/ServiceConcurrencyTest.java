package dev.helpdesk.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.Page;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.fixture.Directory;
import dev.helpdesk.core.service.AddMessage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.core.service.TicketView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several threads using the services at once over one JDBC storage: no ticket is lost and no number handed out
 * twice, optimistic locking lets exactly one of competing changes through, and replies (which carry no version)
 * are all kept. On an SQLite file and on PostgreSQL.
 */
@Timeout(120)
class ServiceConcurrencyTest {
    private static final int THREADS = 8;
    private static final int TICKETS_PER_THREAD = 25;

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void ticketsOpenedAtOnceAreAllKeptWithUniqueNumbers(TestDatabase kind) throws Exception {
        try (TestDatabase.Fresh database = kind.create()) {
            Desk desk = new Desk(database.open());

            List<List<TicketView>> opened = concurrently(thread -> () -> {
                List<TicketView> mine = new ArrayList<>();
                for (int i = 0; i < TICKETS_PER_THREAD; i++) {
                    mine.add(desk.tickets.open(desk.alice, OpenTicket.of(CategoryId.of("billing"),
                            "Thread " + thread + " ticket " + i, "Body " + thread + "/" + i)));
                }
                return mine;
            });

            List<TicketView> all = opened.stream().flatMap(List::stream).toList();
            assertThat(all).extracting(TicketView::reference).as("references on %s", kind)
                    .hasSize(THREADS * TICKETS_PER_THREAD).doesNotHaveDuplicates();
            assertThat(all).extracting(TicketView::id).doesNotHaveDuplicates();
            List<TicketSummaryView> listed = listAll(desk);
            assertThat(listed).extracting(TicketSummaryView::id).as("tickets listed on %s", kind)
                    .containsExactlyInAnyOrderElementsOf(all.stream().map(TicketView::id).toList());
            assertThat(listed).extracting(TicketSummaryView::reference).doesNotHaveDuplicates();
            for (TicketView view : all) {
                TicketView stored = desk.tickets.get(desk.admin, view.id());
                assertThat(stored.subject()).isEqualTo(view.subject());
                assertThat(stored.reference()).isEqualTo(view.reference());
                assertThat(stored.messages()).extracting(TicketView.MessageView::body)
                        .containsExactly(view.messages().get(0).body());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void ofCompetingChangesAtTheSameVersionExactlyOneSucceedsAndTheOthersAreStale(TestDatabase kind) throws Exception {
        try (TestDatabase.Fresh database = kind.create()) {
            Desk desk = new Desk(database.open());
            TicketView ticket = desk.tickets.open(desk.alice, OpenTicket.of(CategoryId.of("billing"), "Race", "Go"));
            long version = ticket.version();
            FieldInputs high = FieldInputs.builder().set(FieldRef.PRIORITY, "high").build();

            List<Object> outcomes = concurrently(thread -> () -> {
                try {
                    return desk.tickets.updateFields(desk.admin, ticket.id(), version, high);
                } catch (ConflictException e) {
                    return e;
                }
            });

            List<TicketView> succeeded = outcomes.stream().filter(TicketView.class::isInstance)
                    .map(TicketView.class::cast).toList();
            List<ConflictException> refused = outcomes.stream().filter(ConflictException.class::isInstance)
                    .map(ConflictException.class::cast).toList();
            assertThat(succeeded).as("successful changes on %s", kind).hasSize(1);
            assertThat(refused).as("refused changes on %s", kind).hasSize(THREADS - 1)
                    .allSatisfy(e -> assertThat(e.code()).isEqualTo("ticket.stale"));
            TicketView stored = desk.tickets.get(desk.admin, ticket.id());
            assertThat(stored.version()).isEqualTo(version + 1).isEqualTo(succeeded.get(0).version());
            assertThat(stored.field(FieldRef.PRIORITY)).flatMap(TicketView.FieldView::value).contains("high");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void repliesWrittenAtOnceAreAllKept(TestDatabase kind) throws Exception {
        try (TestDatabase.Fresh database = kind.create()) {
            Desk desk = new Desk(database.open());
            TicketView ticket = desk.tickets.open(desk.alice, OpenTicket.of(CategoryId.of("billing"), "Busy", "First"));

            List<TicketView> replied = concurrently(thread -> () -> desk.tickets.reply(
                    thread % 2 == 0 ? desk.admin : desk.alice, AddMessage.of(ticket.id(), "Reply " + thread)));

            assertThat(replied).hasSize(THREADS);
            TicketView stored = desk.tickets.get(desk.admin, ticket.id());
            List<String> expected = new ArrayList<>(List.of("First"));
            for (int thread = 0; thread < THREADS; thread++) {
                expected.add("Reply " + thread);
            }
            assertThat(stored.messages()).extracting(TicketView.MessageView::body).as("messages on %s", kind)
                    .containsExactlyInAnyOrderElementsOf(expected);
            assertThat(stored.version()).isEqualTo(ticket.version() + THREADS);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** The helpdesk over one storage: an organization, its member alice, and an administrator. */
    private static final class Desk {
        final TicketService tickets;
        final Caller alice;
        final Caller admin;

        Desk(JdbcStorage storage) {
            Helpdesk helpdesk = Helpdesk.builder().storage(storage).build();
            Organization acme = helpdesk.directory().save(Directory.anOrganization("acme"));
            Contact contact = helpdesk.directory().save(Directory.aContact("alice").memberOf(acme).build());
            Agent root = helpdesk.directory().save(Directory.anAgent("root").admin().build());
            this.tickets = helpdesk.tickets();
            this.alice = Caller.contact(contact.id());
            this.admin = Caller.agent(root.id());
        }
    }

    private static List<TicketSummaryView> listAll(Desk desk) {
        List<TicketSummaryView> all = new ArrayList<>();
        ListTickets request = ListTickets.firstPage().ofSize(ListTickets.MAX_PAGE_SIZE);
        while (true) {
            Page<TicketSummaryView> page = desk.tickets.list(desk.admin, request);
            all.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return all;
            }
            request = request.after(page.nextCursor().get());
        }
    }

    /**
     * Runs one task per thread, all released at once, and returns their results in thread order; the first
     * failure of any thread fails the test with its cause.
     */
    private static <T> List<T> concurrently(IntFunction<Callable<T>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                Callable<T> work = task.apply(thread);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return work.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads started").isTrue();
            start.countDown();
            List<T> results = new ArrayList<>();
            Map<Integer, Throwable> failures = new TreeMap<>();
            for (int thread = 0; thread < THREADS; thread++) {
                try {
                    results.add(futures.get(thread).get(90, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    failures.put(thread, e.getCause());
                }
            }
            if (!failures.isEmpty()) {
                AssertionError error = new AssertionError(failures.size() + " of " + THREADS + " threads failed: "
                        + failures.entrySet().stream().map(f -> "thread " + f.getKey() + ": " + f.getValue())
                        .collect(Collectors.joining("; ")));
                failures.values().forEach(error::addSuppressed);
                throw error;
            }
            return results;
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
