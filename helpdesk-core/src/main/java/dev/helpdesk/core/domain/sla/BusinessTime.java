package dev.helpdesk.core.domain.sla;

import dev.helpdesk.core.error.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

/**
 * An amount of business time as a policy states it: "4 business hours", "1 business day". A business day is not
 * a calendar day: {@link #toDuration} turns N business days into N × the configured business-day length
 * ({@link ServiceLevels#businessDay()}, nine hours for 09:00–18:00), which the calendar then spends in working
 * hours only. One business day from Monday 10:00 is therefore Tuesday 10:00 on a 09:00–18:00 schedule.
 */
public record BusinessTime(long amount, Unit unit) {
    /** The largest amount a policy may state, in any unit, to keep due times within reach. */
    public static final long LIMIT = 10_000;

    public enum Unit { MINUTES, HOURS, DAYS }

    public BusinessTime {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1 || amount > LIMIT) {
            throw InvalidInputException.of("target", "range", "an SLA target must be 1 to " + LIMIT + " business "
                    + unit.name().toLowerCase(java.util.Locale.ROOT) + ", not " + amount);
        }
    }

    public static BusinessTime minutes(long amount) {
        return new BusinessTime(amount, Unit.MINUTES);
    }

    public static BusinessTime hours(long amount) {
        return new BusinessTime(amount, Unit.HOURS);
    }

    public static BusinessTime days(long amount) {
        return new BusinessTime(amount, Unit.DAYS);
    }

    /** The working time this amounts to, a business day being {@code businessDay} long. */
    public Duration toDuration(Duration businessDay) {
        return switch (unit) {
            case MINUTES -> Duration.ofMinutes(amount);
            case HOURS -> Duration.ofHours(amount);
            case DAYS -> businessDay.multipliedBy(amount);
        };
    }

    @Override
    public String toString() {
        return amount + " business " + unit.name().toLowerCase(java.util.Locale.ROOT);
    }
}
