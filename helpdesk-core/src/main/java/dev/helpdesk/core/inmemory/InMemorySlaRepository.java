package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.sla.SlaDue;
import dev.helpdesk.core.domain.sla.SlaTarget;
import dev.helpdesk.core.domain.sla.TargetClock;
import dev.helpdesk.core.domain.sla.TicketSla;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.port.SlaRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** SLA clocks by ticket id, kept to the millisecond like the JDBC adapter; queries scan every clock. */
final class InMemorySlaRepository implements SlaRepository {
    private final UnitOfWork unitOfWork;
    private final Map<TicketId, TicketSla> rows = new ConcurrentHashMap<>();

    InMemorySlaRepository(UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public void save(TicketSla sla) {
        TicketSla stored = toMillis(Objects.requireNonNull(sla, "sla"));
        unitOfWork.write(() -> undoOf(stored.ticket(), rows.put(stored.ticket(), stored)));
    }

    @Override
    public Optional<TicketSla> find(TicketId ticket) {
        return unitOfWork.read(() -> Optional.ofNullable(rows.get(ticket)));
    }

    @Override
    public List<SlaDue> unmetDue(Instant from, Instant before, Optional<SlaDue> after, int limit) {
        requireLimit(limit);
        Predicate<SlaDue> inRange = d -> !d.due().isBefore(from) && d.due().isBefore(before)
                && after.map(a -> SlaDue.ORDER.compare(d, a) > 0).orElse(true);
        return unitOfWork.read(() -> unmet(clock -> true).filter(inRange).sorted(SlaDue.ORDER).limit(limit).toList());
    }

    @Override
    public List<SlaDue> unrecordedBreaches(Instant now, int limit) {
        requireLimit(limit);
        return unitOfWork.read(() -> unmet(clock -> !clock.breachRecorded())
                .filter(d -> d.due().isBefore(now)).sorted(SlaDue.ORDER).limit(limit).toList());
    }

    @Override
    public boolean markBreachRecorded(TicketId ticket, SlaTarget target) {
        AtomicBoolean changed = new AtomicBoolean();
        unitOfWork.write(() -> {
            TicketSla current = rows.get(ticket);
            if (current == null || current.clock(target).breachRecorded()) {
                return () -> { };
            }
            changed.set(true);
            return undoOf(ticket, rows.put(ticket, current.withBreachRecorded(target)));
        });
        return changed.get();
    }

    private Stream<SlaDue> unmet(Predicate<TargetClock> condition) {
        return rows.values().stream().flatMap(sla -> Stream.of(SlaTarget.values())
                .filter(target -> !sla.clock(target).isMet() && sla.clock(target).due().isPresent()
                        && condition.test(sla.clock(target)))
                .map(target -> new SlaDue(sla.ticket(), target, sla.clock(target).due().get())));
    }

    private Runnable undoOf(TicketId ticket, TicketSla previous) {
        return previous == null ? () -> rows.remove(ticket) : () -> rows.put(ticket, previous);
    }

    private static void requireLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive but was " + limit);
        }
    }

    private static TicketSla toMillis(TicketSla sla) {
        return new TicketSla(sla.ticket(), sla.pausedSince().map(InMemorySlaRepository::millis),
                toMillis(sla.firstResponse()), toMillis(sla.resolution()));
    }

    private static TargetClock toMillis(TargetClock clock) {
        return new TargetClock(millis(clock.target()), millis(clock.used()), clock.runningSince().map(InMemorySlaRepository::millis),
                clock.due().map(InMemorySlaRepository::millis), clock.metAt().map(InMemorySlaRepository::millis),
                clock.breachRecorded());
    }

    private static Instant millis(Instant value) {
        return value.truncatedTo(ChronoUnit.MILLIS);
    }

    private static Duration millis(Duration value) {
        return Duration.ofMillis(value.toMillis());
    }
}
