package dev.helpdesk.core.domain.calendar;

import dev.helpdesk.core.error.InvalidInputException;
import java.time.Duration;
import java.time.LocalTime;

/**
 * One span of working time within a day, from {@code start} (included) to {@code end} (excluded), in the
 * calendar's local time. A split day is two spans: 09:00–12:00 and 14:00–18:00. A span never crosses midnight.
 */
public record WorkingHours(LocalTime start, LocalTime end) {
    public WorkingHours {
        if (start == null || end == null) {
            throw InvalidInputException.of("workingHours", "required", "working hours need a start and an end");
        }
        if (!start.isBefore(end)) {
            throw InvalidInputException.of("workingHours", "start_before_end",
                    "working hours must start before they end: " + start + "–" + end);
        }
    }

    /** Whole hours, {@code between(9, 18)}: 09:00 to 18:00. */
    public static WorkingHours between(int startHour, int endHour) {
        if (startHour < 0 || startHour > 23 || endHour < 0 || endHour > 23) {
            throw InvalidInputException.of("workingHours", "hour_range", "hours go from 0 to 23: "
                    + startHour + "–" + endHour);
        }
        return new WorkingHours(LocalTime.of(startHour, 0), LocalTime.of(endHour, 0));
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    boolean overlaps(WorkingHours other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
