package dev.helpdesk.core.domain.calendar;

import dev.helpdesk.core.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When support works: a time zone, a weekly schedule of working hours, and holidays. It adds business time to an
 * instant ({@link #add}) and measures the business time between two instants ({@link #between}).
 *
 * <p>Working hours are wall-clock times in the calendar's zone; each day's spans are turned into instants with
 * {@link ZonedDateTime}, so a day with a DST change works the hours that really elapse (09:00–18:00 stays nine
 * hours; 01:00–04:00 on the night clocks go forward is two). A search that meets {@value #MAX_IDLE_DAYS}
 * consecutive days without working time (holidays covering every working day) stops with an error instead of
 * looping forever.
 */
public final class BusinessCalendar {
    /** How many days in a row may pass without working time before the calendar is declared broken. */
    public static final int MAX_IDLE_DAYS = 400;

    private final ZoneId zone;
    private final WeeklySchedule week;
    private final Holidays holidays;
    private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public BusinessCalendar(ZoneId zone, WeeklySchedule week, Holidays holidays) {
        if (zone == null) {
            throw InvalidInputException.of("zone", "required", "a business calendar needs a time zone");
        }
        if (week == null) {
            throw InvalidInputException.of("schedule", "required", "a business calendar needs a weekly schedule");
        }
        this.zone = zone;
        this.week = week;
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** A calendar without holidays. */
    public static BusinessCalendar of(ZoneId zone, WeeklySchedule week) {
        return new BusinessCalendar(zone, week, Holidays.none());
    }

    /** The same calendar with more days off, such as a country's public holidays. */
    public BusinessCalendar withHolidays(Holidays more) {
        return new BusinessCalendar(zone, week, holidays.and(more));
    }

    public ZoneId zone() {
        return zone;
    }

    public WeeklySchedule week() {
        return week;
    }

    /**
     * The instant when {@code amount} of business time has passed since {@code start}. The result lies inside
     * working hours or at the end of a span (the last moment before it is working time); adding zero returns
     * {@code start} itself.
     */
    public Instant add(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        if (amount == null || amount.isNegative()) {
            throw InvalidInputException.of("duration", "not_negative", "business time to add must be zero or more: "
                    + amount);
        }
        if (amount.isZero()) {
            return start;
        }
        Duration left = amount;
        LocalDate date = start.atZone(zone).toLocalDate();
        int idle = 0;
        while (true) {
            boolean worked = false;
            for (Span span : spansOn(date)) {
                Instant from = span.start.isBefore(start) ? start : span.start;
                if (!from.isBefore(span.end)) {
                    continue;
                }
                worked = true;
                Duration available = Duration.between(from, span.end);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
            idle = worked ? 0 : idle + 1;
            requireWorkWithin(idle, date);
            date = date.plusDays(1);
        }
    }

    /**
     * The business time from {@code from} to {@code to}: working time only, holidays and weekends skipped.
     * Negative when {@code to} is before {@code from}.
     */
    public Duration between(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            for (Span span : spansOn(date)) {
                Instant start = span.start.isBefore(from) ? from : span.start;
                Instant end = span.end.isAfter(to) ? to : span.end;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Whether {@code at} falls inside working hours (a span's start included, its end excluded). */
    public boolean isWorking(Instant at) {
        return spansOn(at.atZone(zone).toLocalDate()).stream()
                .anyMatch(span -> !at.isBefore(span.start) && at.isBefore(span.end));
    }

    /** Whether this date is a holiday of the calendar. */
    public boolean isHoliday(LocalDate date) {
        return holidaysByYear.computeIfAbsent(date.getYear(), year -> Set.copyOf(holidays.in(Year.of(year))))
                .contains(date);
    }

    private List<Span> spansOn(LocalDate date) {
        List<WorkingHours> hours = week.hoursOn(date.getDayOfWeek());
        if (hours.isEmpty() || isHoliday(date)) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(hours.size());
        for (WorkingHours each : hours) {
            Instant start = ZonedDateTime.of(date, each.start(), zone).toInstant();
            Instant end = ZonedDateTime.of(date, each.end(), zone).toInstant();
            if (start.isBefore(end)) {
                spans.add(new Span(start, end));
            }
        }
        return spans;
    }

    private static void requireWorkWithin(int idleDays, LocalDate date) {
        if (idleDays > MAX_IDLE_DAYS) {
            throw InvalidInputException.of("holidays", "never_works", "the business calendar has no working time in the "
                    + MAX_IDLE_DAYS + " days before " + date + "; check its holidays and working hours");
        }
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + week.days() + "]";
    }

    private record Span(Instant start, Instant end) {
    }
}
