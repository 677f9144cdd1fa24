package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Tickets.aTicket;
import static dev.helpdesk.core.fixture.Tickets.at;
import static dev.helpdesk.core.fixture.Tickets.nextVersionOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketNumber;
import dev.helpdesk.core.domain.ticket.TicketQuery;
import dev.helpdesk.core.domain.ticket.TicketSort;
import dev.helpdesk.core.domain.ticket.TicketSummary;
import dev.helpdesk.core.domain.ticket.VisibilityScope;
import dev.helpdesk.core.error.ConflictException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Optimistic locking under real concurrency: several threads, each in its own unit of work, writing at once.
 * Every wait is bounded, so a deadlocked adapter fails instead of hanging the build.
 */
public abstract class ConcurrentWritersContract extends PortContract {
    /** How many writers race; enough to collide, few enough for an embedded database. */
    protected static final int WRITERS = 8;
    private static final long TIMEOUT_SECONDS = 30;

    /** Starts every task at once (behind a latch) and waits for each, bounded; the outcomes in task order. */
    private <T> List<Outcome<T>> race(List<Callable<T>> tasks) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("all writer threads started").isTrue();
            start.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    outcomes.add(new Outcome<>(null, e.getCause()));
                } catch (TimeoutException e) {
                    throw new AssertionError(adapter("did not finish a concurrent write within " + TIMEOUT_SECONDS
                            + " s (deadlock?)"), e);
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private record Outcome<T>(T value, Throwable failure) {
        boolean succeeded() {
            return failure == null;
        }
    }

    @Test
    public void writersUpdatingTheSameVersionAtOnceLeaveExactlyOneWinner() throws Exception {
        Ticket ticket = aTicket().number(1).withPublicMessage("The VPN is down").build();
        inTransaction(() -> storage().tickets().insert(ticket));
        List<Ticket> attempts = new ArrayList<>();
        List<Callable<Ticket>> tasks = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            Ticket attempt = nextVersionOf(ticket).withInternalNote("note by writer " + i).updatedAt(at(i + 1)).build();
            attempts.add(attempt);
            tasks.add(() -> {
                inTransaction(() -> storage().tickets().update(attempt));
                return attempt;
            });
        }

        List<Outcome<Ticket>> outcomes = race(tasks);

        List<Ticket> winners = outcomes.stream().filter(Outcome::succeeded).map(Outcome::value).toList();
        assertThat(winners).as(adapter("accepts exactly one of " + WRITERS + " updates over the same version"))
                .hasSize(1);
        for (Outcome<Ticket> outcome : outcomes) {
            if (!outcome.succeeded()) {
                assertThat(outcome.failure()).as(adapter("refuses the losers as stale"))
                        .isInstanceOfSatisfying(ConflictException.class,
                                e -> assertThat(e.code()).isEqualTo("ticket.stale"));
            }
        }
        assertThat(storage().tickets().find(ticket.id())).as(adapter("keeps the winner's state, whole"))
                .contains(winners.get(0));
        assertThat(attempts).contains(winners.get(0));
    }

    @Test
    public void successiveRacesEachHaveOneWinner() throws Exception {
        Ticket first = aTicket().number(1).build();
        inTransaction(() -> storage().tickets().insert(first));
        Ticket current = first;
        for (int round = 1; round <= 3; round++) {
            Ticket base = current;
            List<Callable<Ticket>> tasks = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                Ticket attempt = nextVersionOf(base).withInternalNote("round " + round + " writer " + i)
                        .updatedAt(at(round)).build();
                tasks.add(() -> {
                    inTransaction(() -> storage().tickets().update(attempt));
                    return attempt;
                });
            }
            List<Ticket> winners = race(tasks).stream().filter(Outcome::succeeded).map(Outcome::value).toList();
            assertThat(winners).as(adapter("accepts exactly one update in round " + round)).hasSize(1);
            current = winners.get(0);
        }
        assertThat(storage().tickets().find(current.id())).as(adapter("keeps the last winner's state"))
                .contains(current);
        assertThat(current.version()).isEqualTo(4);
    }

    @Test
    public void concurrentInsertsWithNumbersFromNextNumberAllLand() throws Exception {
        int perWriter = 10;
        List<Callable<List<Ticket>>> tasks = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            tasks.add(() -> {
                List<Ticket> mine = new ArrayList<>();
                for (int i = 0; i < perWriter; i++) {
                    int n = i;
                    Ticket inserted = storage().transactor().inTransaction(() -> {
                        TicketNumber number = storage().tickets().nextNumber();
                        Ticket ticket = aTicket().id("w" + writer + "-" + n).number(number.value())
                                .subject("Writer " + writer + " ticket " + n).updatedAt(at(n)).build();
                        storage().tickets().insert(ticket);
                        return ticket;
                    });
                    mine.add(inserted);
                }
                return mine;
            });
        }

        List<Outcome<List<Ticket>>> outcomes = race(tasks);

        List<Ticket> inserted = new ArrayList<>();
        for (Outcome<List<Ticket>> outcome : outcomes) {
            assertThat(outcome.failure()).as(adapter("inserts concurrently without failing")).isNull();
            inserted.addAll(outcome.value());
        }
        Set<Long> numbers = new HashSet<>();
        for (Ticket ticket : inserted) {
            numbers.add(ticket.number().value());
            assertThat(storage().tickets().find(ticket.id())).as(adapter("keeps ticket " + ticket.id()))
                    .contains(ticket);
            assertThat(storage().tickets().findByNumber(ticket.number()))
                    .as(adapter("finds ticket " + ticket.id() + " by its number")).contains(ticket);
        }
        assertThat(numbers).as(adapter("gives concurrent inserts distinct numbers")).hasSize(WRITERS * perWriter);
        TicketQuery everything = new TicketQuery(new VisibilityScope.Everything(), TicketFilter.NONE, Optional.empty(),
                TicketSort.CREATED, List.of(), Optional.empty(), TicketQuery.MAX_LIMIT);
        assertThat(storage().ticketSearch().search(everything)).extracting(TicketSummary::id)
                .as(adapter("lets search see every concurrently inserted ticket"))
                .containsExactlyInAnyOrderElementsOf(inserted.stream().map(Ticket::id).toList());
    }
}
