package dev.helpdesk.core.domain.calendar;

import dev.helpdesk.core.error.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working hours of each day of the week; a day without hours (the weekend) is not worked. The spans of one
 * day never overlap, and at least one day has some, so that a week always holds working time.
 */
public record WeeklySchedule(Map<DayOfWeek, List<WorkingHours>> days) {
    public WeeklySchedule {
        if (days == null) {
            throw InvalidInputException.of("schedule", "required", "a weekly schedule is required");
        }
        Map<DayOfWeek, List<WorkingHours>> sorted = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, hours) -> {
            List<WorkingHours> ordered = new ArrayList<>(List.copyOf(hours));
            ordered.sort(Comparator.comparing(WorkingHours::start));
            for (int i = 1; i < ordered.size(); i++) {
                if (ordered.get(i - 1).overlaps(ordered.get(i))) {
                    throw InvalidInputException.of("schedule", "overlapping_hours", "the working hours of " + day
                            + " overlap: " + ordered.get(i - 1) + " and " + ordered.get(i));
                }
            }
            if (!ordered.isEmpty()) {
                sorted.put(day, List.copyOf(ordered));
            }
        });
        if (sorted.isEmpty()) {
            throw InvalidInputException.of("schedule", "no_working_hours",
                    "the week needs at least one day with working hours");
        }
        days = java.util.Collections.unmodifiableMap(sorted);
    }

    /** The same hours on each of these days: {@code on(MONDAY_TO_FRIDAY, between(9, 12), between(14, 18))}. */
    public static WeeklySchedule on(Set<DayOfWeek> workingDays, WorkingHours... hours) {
        Map<DayOfWeek, List<WorkingHours>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : workingDays) {
            days.put(day, List.of(hours));
        }
        return new WeeklySchedule(days);
    }

    /** Monday to Friday: the working days when Saturday and Sunday are the weekend. */
    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** The spans of this day, earliest first; empty on a day off. */
    public List<WorkingHours> hoursOn(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** Working time in a week without holidays (on the wall clock: a DST change is not counted). */
    public Duration weeklyLength() {
        return days.values().stream().flatMap(List::stream).map(WorkingHours::length).reduce(Duration.ZERO, Duration::plus);
    }
}
