package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Tickets.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.Assignment;
import dev.helpdesk.core.domain.ticket.MessageId;
import dev.helpdesk.core.domain.ticket.MessageVisibility;
import dev.helpdesk.core.domain.ticket.TicketEvents;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketNumber;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.DeadLetter;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.OutboxEntry;
import dev.helpdesk.core.port.OutboxRetryPolicy;
import dev.helpdesk.core.port.Storage;
import java.time.Duration;
import java.time.Instant;
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
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Outbox}: events appended in a unit of work come back equal (adapters serialize them), pending in append
 * order with increasing ids, at most {@code limit}; acknowledge removes one entry; a rolled-back append leaves nothing.
 * Consumers claim due entries oldest first under a lease that concurrent claims respect, release them on failure to a
 * back-off that doubles up to a cap, and after the policy's last attempt find them among the dead letters, which an
 * operator requeues or acknowledges.
 *
 * <p>The tests that move time run on a storage from {@link #newStorage(Clock, OutboxRetryPolicy)}, with a clock they
 * set and {@link #POLICY}; they are skipped while the adapter returns none.
 */
public abstract class OutboxContract extends PortContract {

    /** The retry policy of the tests that move time: waits of 10, 20, 30, 30 s; the fifth failure is fatal. */
    protected static final OutboxRetryPolicy POLICY =
            new OutboxRetryPolicy(5, Duration.ofSeconds(10), Duration.ofSeconds(30));
    /** Where the tests that move time start their clock. */
    private static final Instant T0 = Instant.parse("2030-01-07T09:00:00Z");
    /** A lease no test outlives on the system clock. */
    private static final Duration LONG_LEASE = Duration.ofMinutes(10);
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration ONE_MILLI = Duration.ofMillis(1);
    private static final int CLAIMERS = 4;
    private static final long TIMEOUT_SECONDS = 30;

    private final ManualClock clock = new ManualClock(T0);
    private final List<Storage> timedStorages = new ArrayList<>();

    /**
     * A fresh, empty storage whose times come from {@code clock} and whose outbox retries by {@code outboxRetryPolicy},
     * or empty when the adapter cannot take them (the tests that move time are then skipped). A group run through
     * {@link StorageContract} uses the suite's; a contract extended alone overrides this.
     */
    protected Optional<Storage> newStorage(Clock clock, OutboxRetryPolicy outboxRetryPolicy) {
        return suite() == null ? Optional.empty() : suite().newStorage(clock, outboxRetryPolicy);
    }

    @AfterEach
    protected final void releaseTimedStorages() {
        List<Storage> toRelease = new ArrayList<>(timedStorages);
        timedStorages.clear();
        for (Storage each : toRelease) {
            release(each);
        }
    }

    /** A fresh storage on {@link #clock} with {@code policy}; skips the test when the adapter cannot make one. */
    private Storage timedStorage(OutboxRetryPolicy policy) {
        Optional<Storage> made = newStorage(clock, policy);
        assumeTrue(made != null && made.isPresent(), adapter("takes no Clock and OutboxRetryPolicy: override "
                + "newStorage(Clock, OutboxRetryPolicy) to run the outbox tests that move time"));
        timedStorages.add(made.get());
        return made.get();
    }

    private Outbox outbox() {
        return storage().outbox();
    }

    private void append(DomainEvent... events) {
        appendTo(storage(), events);
    }

    /** Appends {@code events} in one unit of work of {@code storage}. */
    private static void appendTo(Storage storage, DomainEvent... events) {
        storage.transactor().run(() -> {
            for (DomainEvent event : events) {
                storage.outbox().append(event);
            }
        });
    }

    /** A {@link Clock} the tests set; safe to read from any thread. */
    private static final class ManualClock implements Clock {
        private final AtomicReference<Instant> now;

        ManualClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        @Override
        public Instant now() {
            return now.get();
        }

        void set(Instant instant) {
            now.set(instant);
        }

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }
    }

    /** One event of each kind tickets raise, every component filled. */
    static List<DomainEvent> oneOfEachTicketEvent() {
        TicketId ticket = TicketId.of("t-42");
        return List.of(
                new TicketEvents.TicketOpened(ticket, new TicketNumber(42), ContactId.of("alice"), at(0)),
                new TicketEvents.MessageAdded(ticket, MessageId.of("t-42-m2"), MessageVisibility.PUBLIC, true, at(1)),
                new TicketEvents.MessageAdded(ticket, MessageId.of("t-42-m3"), MessageVisibility.INTERNAL, true, at(2)),
                new TicketEvents.MessageAdded(ticket, MessageId.of("t-42-m4"), MessageVisibility.PUBLIC, false, at(3)),
                new TicketEvents.StatusChanged(ticket, "opened", "in_progress", at(4)),
                new TicketEvents.TicketAssigned(ticket, new Assignment(Optional.of(TeamId.of("first-line")),
                        Optional.of(AgentId.of("ann"))), at(5)),
                new TicketEvents.TicketAssigned(ticket, Assignment.team(TeamId.of("second-line")), at(6)),
                new TicketEvents.TicketAssigned(ticket, Assignment.NOBODY, at(7)),
                new TicketEvents.FieldsChanged(ticket, Set.of(FieldRef.PRIORITY, FieldRef.custom("serial")), at(8)),
                new TicketEvents.FieldsChanged(ticket, Set.of(), at(9)),
                new TicketEvents.TicketResolved(ticket, at(10)));
    }

    private static DomainEvent opened(long number) {
        return new TicketEvents.TicketOpened(TicketId.of("t-" + number), new TicketNumber(number),
                ContactId.of("alice"), at(number));
    }

    @Test
    public void appendedEventsArePendingInAppendOrderAndComeBackEqual() {
        List<DomainEvent> events = oneOfEachTicketEvent();
        append(events.toArray(DomainEvent[]::new));
        List<OutboxEntry> pending = outbox().pending(100);
        assertThat(pending).extracting(OutboxEntry::event)
                .as(adapter("gives back every appended event, equal, in append order"))
                .containsExactlyElementsOf(events);
        assertThat(pending).extracting(OutboxEntry::id).as(adapter("numbers entries with increasing ids"))
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    public void appendsFromSuccessiveUnitsKeepTheirOrder() {
        append(opened(1));
        append(opened(2), opened(3));
        append(opened(4));
        assertThat(outbox().pending(10)).extracting(OutboxEntry::event)
                .as(adapter("keeps append order across units of work"))
                .containsExactly(opened(1), opened(2), opened(3), opened(4));
    }

    @Test
    public void pendingOfAnEmptyOutboxIsEmpty() {
        assertThat(outbox().pending(10)).as(adapter("has nothing pending in an empty storage")).isEmpty();
    }

    @Test
    public void pendingGivesAtMostLimitOldestFirst() {
        for (int i = 1; i <= 5; i++) {
            append(opened(i));
        }
        assertThat(outbox().pending(3)).extracting(OutboxEntry::event).as(adapter("gives the oldest three"))
                .containsExactly(opened(1), opened(2), opened(3));
        assertThat(outbox().pending(1)).extracting(OutboxEntry::event).as(adapter("gives the oldest one"))
                .containsExactly(opened(1));
        assertThat(outbox().pending(5)).as(adapter("gives all five when asked for five")).hasSize(5);
        assertThat(outbox().pending(50)).as(adapter("gives all five when asked for more")).hasSize(5);
    }

    @Test
    public void pendingDoesNotConsume() {
        append(opened(1));
        List<OutboxEntry> first = outbox().pending(10);
        assertThat(outbox().pending(10)).as(adapter("gives the same entries until they are acknowledged"))
                .isEqualTo(first);
    }

    @Test
    public void acknowledgeRemovesOnlyThatEntry() {
        append(opened(1), opened(2), opened(3));
        List<OutboxEntry> pending = outbox().pending(10);
        inTransaction(() -> outbox().acknowledge(pending.get(1).id()));
        assertThat(outbox().pending(10)).as(adapter("drops only the acknowledged entry"))
                .containsExactly(pending.get(0), pending.get(2));
        inTransaction(() -> outbox().acknowledge(pending.get(0).id()));
        assertThat(outbox().pending(10)).as(adapter("drops each acknowledged entry"))
                .containsExactly(pending.get(2));
    }

    @Test
    public void acknowledgingAnUnknownIdIsIgnored() {
        append(opened(1));
        List<OutboxEntry> pending = outbox().pending(10);
        long unknown = pending.get(0).id() + 1000;
        inTransaction(() -> outbox().acknowledge(unknown));
        inTransaction(() -> outbox().acknowledge(-1));
        assertThat(outbox().pending(10)).as(adapter("ignores unknown ids")).isEqualTo(pending);
        inTransaction(() -> outbox().acknowledge(pending.get(0).id()));
        inTransaction(() -> outbox().acknowledge(pending.get(0).id()));
        assertThat(outbox().pending(10)).as(adapter("ignores a second acknowledgement of the same id")).isEmpty();
    }

    @Test
    public void idsKeepIncreasingAfterAcknowledgements() {
        append(opened(1), opened(2));
        List<OutboxEntry> before = outbox().pending(10);
        inTransaction(() -> before.forEach(entry -> outbox().acknowledge(entry.id())));
        append(opened(3));
        List<OutboxEntry> after = outbox().pending(10);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).id()).as(adapter("never reuses the id of an acknowledged entry"))
                .isGreaterThan(before.get(1).id());
    }

    @Test
    public void aRolledBackAppendLeavesNothing() {
        append(opened(1));
        List<OutboxEntry> committed = outbox().pending(10);
        assertThatThrownBy(() -> storage().transactor().run(() -> {
            outbox().append(opened(2));
            outbox().append(opened(3));
            throw new TransactorContract.Boom();
        })).isInstanceOf(TransactorContract.Boom.class);
        assertThat(outbox().pending(10)).as(adapter("keeps no event of a rolled-back unit")).isEqualTo(committed);
        append(opened(4));
        List<DomainEvent> events = new ArrayList<>();
        outbox().pending(10).forEach(entry -> events.add(entry.event()));
        assertThat(events).as(adapter("appends normally after a rollback")).containsExactly(opened(1), opened(4));
    }

    // Claims, on the adapter's own clock: nothing here waits for a lease to end.

    @Test
    public void claimGivesTheOldestDueEntriesAtMostLimitEachOnce() {
        for (int i = 1; i <= 5; i++) {
            append(opened(i));
        }
        List<OutboxEntry> first = outbox().claim(3, LONG_LEASE);
        assertThat(first).extracting(OutboxEntry::event).as(adapter("claims the oldest three, in append order"))
                .containsExactly(opened(1), opened(2), opened(3));
        assertThat(first).extracting(OutboxEntry::attempts).as(adapter("numbers a first claim attempt 1"))
                .containsOnly(1);
        assertThat(outbox().claim(3, LONG_LEASE)).extracting(OutboxEntry::event)
                .as(adapter("claims what is left, not what is under lease")).containsExactly(opened(4), opened(5));
        assertThat(outbox().claim(3, LONG_LEASE)).as(adapter("claims nothing once everything is under lease"))
                .isEmpty();
    }

    @Test
    public void claimOfAnEmptyOutboxIsEmpty() {
        assertThat(outbox().claim(10, LONG_LEASE)).as(adapter("claims nothing from an empty storage")).isEmpty();
    }

    @Test
    public void claimedEventsComeBackEqualWithTheirIds() {
        List<DomainEvent> events = oneOfEachTicketEvent();
        append(events.toArray(DomainEvent[]::new));
        List<OutboxEntry> pending = outbox().pending(100);
        List<OutboxEntry> claimed = outbox().claim(100, LONG_LEASE);
        assertThat(claimed).extracting(OutboxEntry::event).as(adapter("claims every event, equal, in append order"))
                .containsExactlyElementsOf(events);
        assertThat(claimed).extracting(OutboxEntry::id).as(adapter("claims entries under their pending ids"))
                .containsExactlyElementsOf(pending.stream().map(OutboxEntry::id).toList());
        assertThat(claimed).extracting(OutboxEntry::recordedAt).as(adapter("keeps when each entry was recorded"))
                .containsExactlyElementsOf(pending.stream().map(OutboxEntry::recordedAt).toList());
    }

    @Test
    public void claimedEntriesStayPendingUntilAcknowledged() {
        append(opened(1), opened(2));
        assertThat(outbox().pending(10)).extracting(OutboxEntry::attempts)
                .as(adapter("counts no attempt before the first claim")).containsExactly(0, 0);
        List<OutboxEntry> before = outbox().pending(10);
        List<OutboxEntry> claimed = sized(outbox().claim(1, LONG_LEASE), 1, "claims the first entry");
        assertThat(outbox().pending(10)).as(adapter("lists claimed and unclaimed entries as pending, claims counted"))
                .containsExactly(claimed.get(0), before.get(1));
        assertThat(claimed.get(0)).as(adapter("claims the entry as it was pending, attempts counted"))
                .isEqualTo(new OutboxEntry(before.get(0).id(), before.get(0).event(), before.get(0).recordedAt(), 1));
    }

    @Test
    public void acknowledgingAClaimedEntryRemovesIt() {
        append(opened(1), opened(2));
        List<OutboxEntry> claimed = sized(outbox().claim(2, LONG_LEASE), 2, "claims both entries");
        outbox().acknowledge(claimed.get(0).id());
        assertThat(outbox().pending(10)).extracting(OutboxEntry::event)
                .as(adapter("drops an entry acknowledged outside a unit of work")).containsExactly(opened(2));
        outbox().acknowledge(claimed.get(1).id());
        assertThat(outbox().pending(10)).as(adapter("drops every acknowledged entry")).isEmpty();
        assertThat(outbox().claim(10, LONG_LEASE)).as(adapter("has nothing left to claim")).isEmpty();
    }

    @Test
    public void aRolledBackAppendIsNeverClaimed() {
        append(opened(1));
        assertThatThrownBy(() -> storage().transactor().run(() -> {
            outbox().append(opened(2));
            throw new TransactorContract.Boom();
        })).isInstanceOf(TransactorContract.Boom.class);
        assertThat(outbox().claim(10, LONG_LEASE)).extracting(OutboxEntry::event)
                .as(adapter("claims only the committed event")).containsExactly(opened(1));
    }

    @Test
    public void aClaimInARolledBackUnitLeavesTheEntryDue() {
        append(opened(1));
        assertThatThrownBy(() -> storage().transactor().run(() -> {
            assertThat(outbox().claim(10, LONG_LEASE)).hasSize(1);
            throw new TransactorContract.Boom();
        })).isInstanceOf(TransactorContract.Boom.class);
        List<OutboxEntry> claimed = outbox().claim(10, LONG_LEASE);
        assertThat(claimed).extracting(OutboxEntry::event)
                .as(adapter("lets a claim made in a rolled-back unit go")).containsExactly(opened(1));
        assertThat(claimed.get(0).attempts()).as(adapter("does not count a rolled-back claim")).isEqualTo(1);
    }

    @Test
    public void concurrentClaimsNeverShareAnEntry() throws Exception {
        int entries = 120;
        for (int from = 1; from <= entries; from += 10) {
            List<DomainEvent> unit = new ArrayList<>();
            for (int i = from; i < from + 10; i++) {
                unit.add(opened(i));
            }
            append(unit.toArray(DomainEvent[]::new));
        }
        Set<Long> appended = new HashSet<>();
        outbox().pending(entries).forEach(entry -> appended.add(entry.id()));
        assertThat(appended).hasSize(entries);

        List<OutboxEntry> claimed = new ArrayList<>();
        for (List<OutboxEntry> mine : race(() -> {
            List<OutboxEntry> got = new ArrayList<>();
            List<OutboxEntry> batch;
            do {
                batch = outbox().claim(7, LONG_LEASE);
                got.addAll(batch);
            } while (!batch.isEmpty() && got.size() <= entries); // bounded even if leases are ignored
            return got;
        })) {
            claimed.addAll(mine);
        }

        assertThat(claimed).extracting(OutboxEntry::id)
                .as(adapter("hands each entry to exactly one of " + CLAIMERS + " concurrent claimers"))
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(appended);
        assertThat(claimed).extracting(OutboxEntry::attempts).as(adapter("counts one attempt per entry"))
                .containsOnly(1);
    }

    /** {@code entries}, once asserted to be {@code size} of them. */
    private List<OutboxEntry> sized(List<OutboxEntry> entries, int size, String expectation) {
        assertThat(entries).as(adapter(expectation)).hasSize(size);
        return entries;
    }

    /** Runs {@code task} on {@link #CLAIMERS} threads started at once; their results, each wait bounded. */
    private <T> List<T> race(Callable<T> task) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(CLAIMERS);
        try {
            CountDownLatch ready = new CountDownLatch(CLAIMERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < CLAIMERS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("all claimer threads started").isTrue();
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    throw new AssertionError(adapter("failed a concurrent claim"), e.getCause());
                } catch (TimeoutException e) {
                    throw new AssertionError(adapter("did not finish concurrent claims within " + TIMEOUT_SECONDS
                            + " s (deadlock?)"), e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void requeueIgnoresLiveAndUnknownEntries() {
        append(opened(1), opened(2));
        List<OutboxEntry> claimed = sized(outbox().claim(1, LONG_LEASE), 1, "claims the first entry");
        outbox().requeue(claimed.get(0).id());
        outbox().requeue(claimed.get(0).id() + 1000);
        assertThat(outbox().pending(10)).extracting(OutboxEntry::attempts)
                .as(adapter("leaves live entries alone on requeue")).containsExactly(1, 0);
        assertThat(outbox().claim(10, LONG_LEASE)).extracting(OutboxEntry::event)
                .as(adapter("keeps a requeued live entry under its lease")).containsExactly(opened(2));
        assertThat(outbox().deadLetters(10)).as(adapter("has no dead letter")).isEmpty();
    }

    @Test
    public void badLimitsAndLeasesAreRefused() {
        assertThatThrownBy(() -> outbox().claim(0, LEASE)).as(adapter("refuses a claim limit of 0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox().claim(1, Duration.ZERO)).as(adapter("refuses a zero lease"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox().claim(1, Duration.ofSeconds(-1))).as(adapter("refuses a negative lease"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox().deadLetters(0)).as(adapter("refuses a dead-letter limit of 0"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox().pending(0)).as(adapter("refuses a pending limit of 0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // Leases, back-off and dead letters, on a clock the tests set.

    @Test
    public void entriesAreStampedByTheStorageClock() {
        Storage timed = timedStorage(POLICY);
        appendTo(timed, opened(1));
        clock.advance(Duration.ofSeconds(3));
        appendTo(timed, opened(2));
        assertThat(timed.outbox().pending(10)).extracting(OutboxEntry::recordedAt)
                .as(adapter("records each entry at its clock's time")).containsExactly(T0, T0.plusSeconds(3));
    }

    @Test
    public void aClaimedEntryIsClaimedAgainOnlyOnceItsLeaseEnds() {
        Storage timed = timedStorage(POLICY);
        Outbox outbox = timed.outbox();
        appendTo(timed, opened(1));
        OutboxEntry first = sized(outbox.claim(10, LEASE), 1, "claims a fresh entry at once").get(0);

        clock.set(T0.plus(LEASE).minus(ONE_MILLI));
        assertThat(outbox.claim(10, LEASE)).as(adapter("does not claim an entry again before its lease ends"))
                .isEmpty();

        clock.set(T0.plus(LEASE));
        List<OutboxEntry> again = outbox.claim(10, LEASE);
        assertThat(again).extracting(OutboxEntry::id).as(adapter("claims an entry again when its lease ends"))
                .containsExactly(first.id());
        assertThat(again.get(0).attempts()).as(adapter("counts the second claim as attempt 2")).isEqualTo(2);
        assertThat(again.get(0).event()).isEqualTo(opened(1));

        clock.advance(LEASE.minus(ONE_MILLI));
        assertThat(outbox.claim(10, LEASE)).as(adapter("gives the new claim a lease of its own")).isEmpty();
    }

    @Test
    public void anAcknowledgedClaimedEntryIsNeverClaimedAgain() {
        Storage timed = timedStorage(POLICY);
        Outbox outbox = timed.outbox();
        appendTo(timed, opened(1), opened(2));
        List<OutboxEntry> claimed = sized(outbox.claim(10, LEASE), 2, "claims both fresh entries");
        outbox.acknowledge(claimed.get(0).id());
        clock.advance(LEASE.multipliedBy(10));
        assertThat(outbox.claim(10, LEASE)).extracting(OutboxEntry::event)
                .as(adapter("claims only the unacknowledged entry after the lease")).containsExactly(opened(2));
    }

    @Test
    public void aReleasedEntryIsDueAgainAfterItsBackOff() {
        Storage timed = timedStorage(POLICY);
        Outbox outbox = timed.outbox();
        appendTo(timed, opened(1));
        long id = sized(outbox.claim(10, LEASE), 1, "claims a fresh entry at once").get(0).id();
        clock.advance(Duration.ofSeconds(5));
        Instant released = clock.now();
        outbox.release(id, "SMTP 451 try again later");

        clock.set(released.plus(POLICY.baseDelay()).minus(ONE_MILLI));
        assertThat(outbox.claim(10, LEASE)).as(adapter("does not claim a released entry before its back-off ends"))
                .isEmpty();
        clock.set(released.plus(POLICY.baseDelay()));
        List<OutboxEntry> again = outbox.claim(10, LEASE);
        assertThat(again).extracting(OutboxEntry::id).as(adapter("claims a released entry when its back-off ends"))
                .containsExactly(id);
        assertThat(again.get(0).attempts()).as(adapter("counts the claim after a release as attempt 2")).isEqualTo(2);
        assertThat(outbox.deadLetters(10)).as(adapter("keeps a released entry alive")).isEmpty();
    }

    @Test
    public void theBackOffDoublesFromTheBaseDelayUpToTheMaximum() {
        Storage timed = timedStorage(POLICY);
        Outbox outbox = timed.outbox();
        appendTo(timed, opened(1));
        List<Duration> expected = List.of(Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30),
                Duration.ofSeconds(30));
        for (int attempt = 1; attempt <= expected.size(); attempt++) {
            List<OutboxEntry> claimed = outbox.claim(10, LEASE);
            assertThat(claimed).extracting(OutboxEntry::attempts).as(adapter("claims attempt " + attempt))
                    .containsExactly(attempt);
            outbox.release(claimed.get(0).id(), "failure " + attempt);
            Instant released = clock.now();
            Duration delay = expected.get(attempt - 1);

            clock.set(released.plus(delay).minus(ONE_MILLI));
            assertThat(outbox.claim(10, LEASE))
                    .as(adapter("waits " + delay.toSeconds() + " s after failed attempt " + attempt)).isEmpty();
            clock.set(released.plus(delay));
        }
    }

    @Test
    public void dueEntriesAreClaimedInAppendOrderWhateverMadeThemDue() {
        Storage timed = timedStorage(POLICY);
        Outbox outbox = timed.outbox();
        appendTo(timed, opened(1), opened(2), opened(3));
        List<OutboxEntry> firstTwo = sized(outbox.claim(2, LEASE), 2, "claims two of three fresh entries");
        outbox.release(firstTwo.get(0).id(), "failed");
        clock.advance(POLICY.baseDelay());
        appendTo(timed, opened(4));
        assertThat(outbox.claim(2, LEASE)).extracting(OutboxEntry::event)
                .as(adapter("claims a retried entry and a fresh one oldest first"))
                .containsExactly(opened(1), opened(3));
        clock.advance(LEASE);
        assertThat(outbox.claim(10, LEASE)).extracting(OutboxEntry::event)
                .as(adapter("claims entries whose lease ended among fresh ones, oldest first"))
                .containsExactly(opened(1), opened(2), opened(3), opened(4));
    }

    @Test
    public void releaseIsIgnoredUnlessTheEntryIsUnderClaim() {
        Storage timed = timedStorage(POLICY);
        Outbox outbox = timed.outbox();
        appendTo(timed, opened(1), opened(2));
        List<OutboxEntry> pending = outbox.pending(10);
        long first = pending.get(0).id();
        long second = pending.get(1).id();

        outbox.release(second, "never claimed");
        outbox.release(second + 1000, "unknown");
        assertThat(outbox.claim(1, LEASE)).extracting(OutboxEntry::id).containsExactly(first);
        outbox.release(first, "failed once");
        clock.advance(Duration.ofSeconds(5));
        outbox.release(first, "released twice");

        assertThat(outbox.claim(10, LEASE)).extracting(OutboxEntry::id)
                .as(adapter("ignores the release of a never-claimed entry")).containsExactly(second);
        clock.set(T0.plus(POLICY.baseDelay()));
        List<OutboxEntry> again = outbox.claim(10, LEASE);
        assertThat(again).extracting(OutboxEntry::id)
                .as(adapter("ignores a second release before the next claim (no longer back-off)"))
                .containsExactly(first);
        assertThat(again.get(0).attempts()).isEqualTo(2);
    }

    @Test
    public void theLastAllowedFailureMakesADeadLetter() {
        Storage timed = timedStorage(POLICY);
        Outbox outbox = timed.outbox();
        appendTo(timed, opened(1), opened(2));
        OutboxEntry original = outbox.pending(1).get(0);
        Instant diedAt = failEveryAttempt(outbox, original.id());

        List<DeadLetter> dead = outbox.deadLetters(10);
        assertThat(dead).as(adapter("lists the entry among dead letters after " + POLICY.maxAttempts()
                + " failed attempts")).containsExactly(new DeadLetter(original.id(), opened(1), original.recordedAt(),
                POLICY.maxAttempts(), "failure " + POLICY.maxAttempts(), diedAt));
        clock.advance(Duration.ofDays(365));
        assertThat(outbox.claim(10, LEASE)).extracting(OutboxEntry::event)
                .as(adapter("never claims a dead letter")).containsExactly(opened(2));
        assertThat(outbox.pending(10)).extracting(OutboxEntry::event)
                .as(adapter("does not list a dead letter as pending")).containsExactly(opened(2));
        outbox.release(original.id(), "released when dead");
        assertThat(outbox.deadLetters(10)).as(adapter("ignores the release of a dead letter")).isEqualTo(dead);
    }

    /**
     * Claims and releases entry {@code id} until the policy gives up, the clock moving on to each retry; releases with
     * {@code "failure <attempt>"}. When the last failure was.
     */
    private Instant failEveryAttempt(Outbox outbox, long id) {
        for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
            Optional<OutboxEntry> claimed = outbox.claim(10, LEASE).stream().filter(e -> e.id() == id).findFirst();
            assertThat(claimed).as(adapter("claims the entry for attempt " + attempt)).isPresent();
            assertThat(claimed.get().attempts()).isEqualTo(attempt);
            clock.advance(Duration.ofSeconds(1));
            outbox.release(id, "failure " + attempt);
            if (attempt < POLICY.maxAttempts()) {
                clock.advance(POLICY.delayAfter(attempt));
            }
        }
        return clock.now();
    }

    @Test
    public void deadLettersComeOldestFirstAtMostLimit() {
        Storage timed = timedStorage(new OutboxRetryPolicy(1, Duration.ofSeconds(10), Duration.ofSeconds(10)));
        Outbox outbox = timed.outbox();
        appendTo(timed, opened(1), opened(2), opened(3));
        List<OutboxEntry> claimed = sized(outbox.claim(10, LEASE), 3, "claims three fresh entries");
        outbox.release(claimed.get(2).id(), "third");
        outbox.release(claimed.get(0).id(), "first");
        outbox.release(claimed.get(1).id(), "second");
        assertThat(outbox.deadLetters(10)).extracting(DeadLetter::event)
                .as(adapter("lists dead letters in append order")).containsExactly(opened(1), opened(2), opened(3));
        assertThat(outbox.deadLetters(2)).extracting(DeadLetter::lastError)
                .as(adapter("lists the oldest dead letters first, at most limit")).containsExactly("first", "second");
    }

    @Test
    public void aDeadLetterKeepsTheErrorAsPassedCutToTheMaximumLength() {
        Storage timed = timedStorage(new OutboxRetryPolicy(1, Duration.ofSeconds(10), Duration.ofSeconds(10)));
        Outbox outbox = timed.outbox();
        String unicode = "Échec : boîte pleine — 郵便 ✉ \uD83D\uDCEC\n\tline 2 'quoted' \"double\" ; DROP TABLE outbox";
        String tooLong = "x".repeat(DeadLetter.MAX_ERROR_LENGTH - 1) + "yz" + "z".repeat(3000);
        String cutInAPair = "a".repeat(DeadLetter.MAX_ERROR_LENGTH - 1) + "\uD83D\uDCEC";
        String withNul = "before\u0000after";
        List<String> errors = List.of(unicode, tooLong, cutInAPair, withNul, "");
        for (int i = 1; i <= errors.size(); i++) {
            appendTo(timed, opened(i));
        }
        List<OutboxEntry> claimed = sized(outbox.claim(10, LEASE), errors.size(), "claims every fresh entry");
        for (int i = 0; i < errors.size(); i++) {
            outbox.release(claimed.get(i).id(), errors.get(i));
        }
        assertThat(outbox.deadLetters(10)).extracting(DeadLetter::lastError)
                .as(adapter("keeps each error as passed, cut to " + DeadLetter.MAX_ERROR_LENGTH + " characters"))
                .containsExactly(unicode, "x".repeat(DeadLetter.MAX_ERROR_LENGTH - 1) + "y",
                        "a".repeat(DeadLetter.MAX_ERROR_LENGTH - 1), "beforeafter", "");
    }

    @Test
    public void requeueMakesADeadLetterDueAtOnceWithItsAttemptsReset() {
        Storage timed = timedStorage(POLICY);
        Outbox outbox = timed.outbox();
        appendTo(timed, opened(1));
        OutboxEntry original = outbox.pending(1).get(0);
        failEveryAttempt(outbox, original.id());
        clock.advance(Duration.ofHours(2));

        outbox.requeue(original.id());
        assertThat(outbox.deadLetters(10)).as(adapter("no longer lists a requeued entry as dead")).isEmpty();
        assertThat(outbox.pending(10)).as(adapter("lists a requeued entry as pending, never claimed"))
                .containsExactly(new OutboxEntry(original.id(), opened(1), original.recordedAt(), 0));
        List<OutboxEntry> claimed = outbox.claim(10, LEASE);
        assertThat(claimed).as(adapter("claims a requeued entry at once, as attempt 1"))
                .containsExactly(new OutboxEntry(original.id(), opened(1), original.recordedAt(), 1));

        Instant released = clock.now();
        outbox.release(original.id(), "failed again");
        assertThat(outbox.deadLetters(10)).as(adapter("gives a requeued entry every attempt again")).isEmpty();
        clock.set(released.plus(POLICY.baseDelay()).minus(ONE_MILLI));
        assertThat(outbox.claim(10, LEASE)).as(adapter("backs off from the base delay after a requeue")).isEmpty();
        clock.set(released.plus(POLICY.baseDelay()));
        assertThat(outbox.claim(10, LEASE)).extracting(OutboxEntry::attempts).containsExactly(2);
    }

    @Test
    public void acknowledgingADeadLetterDiscardsIt() {
        Storage timed = timedStorage(POLICY);
        Outbox outbox = timed.outbox();
        appendTo(timed, opened(1));
        long id = outbox.pending(1).get(0).id();
        failEveryAttempt(outbox, id);
        outbox.acknowledge(id);
        assertThat(outbox.deadLetters(10)).as(adapter("discards an acknowledged dead letter")).isEmpty();
        outbox.requeue(id);
        assertThat(outbox.pending(10)).as(adapter("cannot requeue a discarded dead letter")).isEmpty();
    }
}
