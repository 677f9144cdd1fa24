package dev.helpdesk.core.domain.calendar;

import static org.quicktheories.QuickTheory.qt;

import dev.helpdesk.core.fixture.Calendars;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The arithmetic of business time holds for any calendar, start and amount (STYLE.md: SLA arithmetic). */
class BusinessCalendarPropertiesTest {

    @Test
    void addingMoreBusinessTimeNeverEndsEarlier() {
        qt().withExamples(300).forAll(Calendars.calendars(), Calendars.instants(), Calendars.businessDurations(),
                        Calendars.businessDurations())
                .check((calendar, start, a, b) -> {
                    Duration shorter = a.compareTo(b) <= 0 ? a : b;
                    Duration longer = a.compareTo(b) <= 0 ? b : a;
                    return !calendar.add(start, shorter).isAfter(calendar.add(start, longer));
                });
    }

    @Test
    void startingLaterNeverEndsEarlier() {
        qt().withExamples(300).forAll(Calendars.calendars(), Calendars.instants(), Calendars.instants(),
                        Calendars.businessDurations())
                .check((calendar, a, b, amount) -> {
                    Instant earlier = a.isBefore(b) ? a : b;
                    Instant later = a.isBefore(b) ? b : a;
                    return !calendar.add(earlier, amount).isAfter(calendar.add(later, amount));
                });
    }

    @Test
    void theDueTimeIsNeverOutsideWorkingHours() {
        qt().withExamples(300).forAll(Calendars.calendars(), Calendars.instants(), Calendars.businessDurations())
                .check((calendar, start, amount) -> {
                    Instant due = calendar.add(start, amount);
                    // the due time ends a stretch of working time: the millisecond before it is worked
                    return due.isAfter(start) && calendar.isWorking(due.minusMillis(1));
                });
    }

    @Test
    void theBusinessTimeBetweenStartAndDueIsTheTarget() {
        qt().withExamples(300).forAll(Calendars.calendars(), Calendars.instants(), Calendars.businessDurations())
                .check((calendar, start, amount) -> calendar.between(start, calendar.add(start, amount)).equals(amount));
    }

    @Test
    void everyWeekendDayAndHolidayIsSkipped() {
        qt().withExamples(200).forAll(Calendars.calendars(), Calendars.instants(), Calendars.businessDurations())
                .check((calendar, start, amount) -> {
                    Instant due = calendar.add(start, amount);
                    LocalDate last = due.minusMillis(1).atZone(calendar.zone()).toLocalDate();
                    for (LocalDate day = start.atZone(calendar.zone()).toLocalDate(); !day.isAfter(last);
                         day = day.plusDays(1)) {
                        boolean off = calendar.isHoliday(day) || calendar.week().hoursOn(day.getDayOfWeek()).isEmpty();
                        if (off && (day.equals(last) || !workedOn(calendar, day).isZero())) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    void businessTimeBetweenIsAntisymmetricAndAdditive() {
        qt().withExamples(300).forAll(Calendars.calendars(), Calendars.instants(), Calendars.instants(),
                        Calendars.instants())
                .check((calendar, a, b, c) -> calendar.between(a, b).equals(calendar.between(b, a).negated())
                        && calendar.between(a, c).equals(calendar.between(a, b).plus(calendar.between(b, c))));
    }

    private static Duration workedOn(BusinessCalendar calendar, LocalDate day) {
        ZonedDateTime start = day.atStartOfDay(calendar.zone());
        return calendar.between(start.toInstant(), day.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
    }
}
