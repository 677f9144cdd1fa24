package dev.helpdesk.core.domain.sla;

import dev.helpdesk.core.domain.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The clock of one target of one ticket. It runs in business time: {@code used} is the business time spent in
 * earlier running periods, {@code runningSince} when the current one began. While it runs, it is due when the rest
 * of the target has passed in business time; stopped (paused, or the ticket done) it has no due time unless the
 * target was already missed, whose due time stays so that the breach remains visible.
 *
 * @param target         the business time allowed
 * @param used           business time spent before {@code runningSince}
 * @param runningSince   when the clock last started; empty while stopped or met
 * @param due            when the target is (or was) missed; empty while stopped in time
 * @param metAt          when the target was met; empty while not
 * @param breachRecorded whether an {@code SlaBreached} event was recorded for the current due time
 */
public record TargetClock(Duration target, Duration used, Optional<Instant> runningSince, Optional<Instant> due,
                          Optional<Instant> metAt, boolean breachRecorded) {
    public TargetClock {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(used, "used");
        Objects.requireNonNull(runningSince, "runningSince");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(metAt, "metAt");
        if (target.isNegative() || target.isZero() || used.isNegative()) {
            throw new IllegalArgumentException("a target is positive and the time used never negative: " + target
                    + ", " + used);
        }
        if (metAt.isPresent() && runningSince.isPresent()) {
            throw new IllegalArgumentException("a met target does not run");
        }
        if (runningSince.isPresent() && due.isEmpty()) {
            throw new IllegalArgumentException("a running clock has a due time");
        }
    }

    /** A clock started at {@code at}. */
    public static TargetClock start(Duration target, Instant at, BusinessCalendar calendar) {
        return new TargetClock(target, Duration.ZERO, Optional.of(at), Optional.of(calendar.add(at, target)),
                Optional.empty(), false);
    }

    public boolean isRunning() {
        return runningSince.isPresent();
    }

    public boolean isMet() {
        return metAt.isPresent();
    }

    /** Missed: met after its due time, or not met and due before {@code now}. */
    public boolean isBreached(Instant now) {
        if (due.isEmpty()) {
            return false;
        }
        return metAt.map(met -> met.isAfter(due.get())).orElseGet(() -> due.get().isBefore(now));
    }

    /** The business time used up to {@code at}, this running period included. */
    public Duration usedAt(Instant at, BusinessCalendar calendar) {
        return runningSince.map(since -> used.plus(nonNegative(calendar.between(since, at)))).orElse(used);
    }

    /** Stops counting at {@code at}; a missed due time stays, one still ahead is dropped. */
    public TargetClock stop(Instant at, BusinessCalendar calendar) {
        if (!isRunning()) {
            return this;
        }
        Optional<Instant> missed = due.filter(d -> !d.isAfter(at));
        return new TargetClock(target, usedAt(at, calendar), Optional.empty(), missed, metAt,
                missed.isPresent() && breachRecorded);
    }

    /** Counts again from {@code at}, due when the rest of the target has passed; a met target stays met. */
    public TargetClock resume(Instant at, BusinessCalendar calendar) {
        if (isRunning() || isMet()) {
            return this;
        }
        return runFrom(at, used, calendar);
    }

    /** Met at {@code at}: the clock stops for good and keeps its due time, to tell whether it was met in time. */
    public TargetClock meet(Instant at, BusinessCalendar calendar) {
        if (isMet()) {
            return this;
        }
        return new TargetClock(target, usedAt(at, calendar), Optional.empty(), due, Optional.of(at), breachRecorded);
    }

    /** No longer met (the ticket was reopened); it stays stopped until resumed. */
    public TargetClock unmet(Instant at) {
        if (!isMet()) {
            return this;
        }
        Optional<Instant> missed = due.filter(d -> !d.isAfter(at));
        return new TargetClock(target, used, Optional.empty(), missed, Optional.empty(),
                missed.isPresent() && breachRecorded);
    }

    /** Another target (the ticket's priority or category changed), counting what was used already. */
    public TargetClock retarget(Duration next, Instant at, BusinessCalendar calendar) {
        if (next.equals(target)) {
            return this;
        }
        if (isRunning()) {
            return new TargetClock(next, used, runningSince, due, metAt, breachRecorded)
                    .runFrom(at, usedAt(at, calendar), calendar);
        }
        return new TargetClock(next, used, runningSince, due, metAt, breachRecorded);
    }

    /** The same clock, its breach recorded. */
    public TargetClock withBreachRecorded() {
        return new TargetClock(target, used, runningSince, due, metAt, true);
    }

    private TargetClock runFrom(Instant at, Duration usedSoFar, BusinessCalendar calendar) {
        Duration remaining = target.minus(usedSoFar);
        Instant nextDue = remaining.isNegative() || remaining.isZero()
                ? due.filter(d -> !d.isAfter(at)).orElse(at)
                : calendar.add(at, remaining);
        boolean recorded = breachRecorded && due.equals(Optional.of(nextDue));
        return new TargetClock(target, usedSoFar, Optional.of(at), Optional.of(nextDue), Optional.empty(), recorded);
    }

    private static Duration nonNegative(Duration value) {
        return value.isNegative() ? Duration.ZERO : value;
    }
}
