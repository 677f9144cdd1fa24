package dev.helpdesk.core.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The days off of a year, besides the weekend. Fixed dates, dates that recur every year, a country's public
 * holidays (the {@code HolidaySource} port), or several of these together.
 */
@FunctionalInterface
public interface Holidays {

    /** The holidays that fall in this year; never null. */
    Set<LocalDate> in(Year year);

    static Holidays none() {
        return year -> Set.of();
    }

    /** These dates, each once. */
    static Holidays on(Collection<LocalDate> dates) {
        Set<LocalDate> copy = Set.copyOf(dates);
        return year -> copy.stream().filter(d -> d.getYear() == year.getValue())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** These days every year, such as 25 December; 29 February only in leap years. */
    static Holidays everyYear(Collection<MonthDay> days) {
        List<MonthDay> copy = List.copyOf(days);
        return year -> copy.stream().filter(year::isValidMonthDay).map(year::atMonthDay)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The days off of both. */
    default Holidays and(Holidays other) {
        Objects.requireNonNull(other, "other");
        return year -> {
            Set<LocalDate> all = new HashSet<>(in(year));
            all.addAll(other.in(year));
            return Set.copyOf(all);
        };
    }
}
