package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.DeadLetter;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.OutboxEntry;
import dev.helpdesk.core.port.OutboxRetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox as a sorted map of immutable rows, id → row. Every change goes through the unit of work (under its write
 * lock, with an undo), so concurrent claims are serialised and a rolled-back append, claim or release leaves nothing.
 */
final class InMemoryOutbox implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryOutbox.class);

    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final OutboxRetryPolicy retryPolicy;
    private final AtomicLong lastId = new AtomicLong();
    private final ConcurrentSkipListMap<Long, Row> rows = new ConcurrentSkipListMap<>();

    /**
     * One entry. Live while {@code deadSince} is null; due when live and {@code dueAt} is not after now;
     * {@code claimed} from a claim until its release (a lease running out does not end it).
     */
    private record Row(long id, DomainEvent event, Instant recordedAt, int attempts, boolean claimed, Instant dueAt,
                       String lastError, Instant deadSince) {
        boolean live() {
            return deadSince == null;
        }

        boolean dueAt(Instant now) {
            return live() && !dueAt.isAfter(now);
        }

        OutboxEntry entry() {
            return new OutboxEntry(id, event, recordedAt, attempts);
        }

        DeadLetter deadLetter() {
            return new DeadLetter(id, event, recordedAt, attempts, lastError, deadSince);
        }
    }

    InMemoryOutbox(UnitOfWork unitOfWork, Clock clock, OutboxRetryPolicy retryPolicy) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    }

    @Override
    public void append(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        unitOfWork.write(() -> {
            Instant now = clock.now();
            Row row = new Row(lastId.incrementAndGet(), event, now, 0, false, now, null, null);
            rows.put(row.id(), row);
            return () -> rows.remove(row.id());
        });
    }

    @Override
    public List<OutboxEntry> claim(int limit, Duration lease) {
        requirePositive(limit);
        Objects.requireNonNull(lease, "lease");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive but was " + lease);
        }
        List<OutboxEntry> claimed = new ArrayList<>();
        unitOfWork.write(() -> {
            Instant now = clock.now();
            Instant until = now.plus(lease);
            List<Row> before = new ArrayList<>();
            for (Row row : rows.values()) {
                if (claimed.size() == limit) {
                    break;
                }
                if (row.dueAt(now)) {
                    Row taken = new Row(row.id(), row.event(), row.recordedAt(), row.attempts() + 1, true, until,
                            row.lastError(), null);
                    rows.put(row.id(), taken);
                    before.add(row);
                    claimed.add(taken.entry());
                }
            }
            return () -> before.forEach(row -> rows.put(row.id(), row));
        });
        return List.copyOf(claimed);
    }

    @Override
    public void acknowledge(long id) {
        unitOfWork.write(() -> {
            Row removed = rows.remove(id);
            return removed == null ? () -> { } : () -> rows.put(id, removed);
        });
    }

    @Override
    public void release(long id, String error) {
        Objects.requireNonNull(error, "error");
        unitOfWork.write(() -> {
            Row row = rows.get(id);
            if (row == null || !row.live() || !row.claimed()) {
                return () -> { };
            }
            Instant now = clock.now();
            String kept = DeadLetter.storableError(error);
            Row released;
            if (retryPolicy.isExhausted(row.attempts())) {
                released = new Row(id, row.event(), row.recordedAt(), row.attempts(), false, row.dueAt(), kept, now);
                LOG.warn("Outbox entry {} ({}) is a dead letter after {} attempts", id, row.event().type(),
                        row.attempts());
            } else {
                released = new Row(id, row.event(), row.recordedAt(), row.attempts(), false,
                        now.plus(retryPolicy.delayAfter(row.attempts())), kept, null);
            }
            rows.put(id, released);
            return () -> rows.put(id, row);
        });
    }

    @Override
    public List<DeadLetter> deadLetters(int limit) {
        requirePositive(limit);
        return unitOfWork.read(() -> select(row -> !row.live(), limit).stream().map(Row::deadLetter).toList());
    }

    @Override
    public void requeue(long id) {
        unitOfWork.write(() -> {
            Row row = rows.get(id);
            if (row == null || row.live()) {
                return () -> { };
            }
            rows.put(id, new Row(id, row.event(), row.recordedAt(), 0, false, clock.now(), null, null));
            return () -> rows.put(id, row);
        });
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        requirePositive(limit);
        return unitOfWork.read(() -> select(Row::live, limit).stream().map(Row::entry).toList());
    }

    private List<Row> select(Predicate<Row> wanted, int limit) {
        return rows.values().stream().filter(wanted).limit(limit).toList();
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1 but was " + limit);
        }
    }
}
