package dev.helpdesk.core.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.fixture.Calendars;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void splitHoursSkipTheLunchBreak() {
        BusinessCalendar calendar = Calendars.splitWeek(ROME);

        // Monday 2 March 2026, 11:30 + 1 hour: 30 minutes before lunch, 30 after
        assertThat(calendar.add(rome("2026-03-02T11:30"), Duration.ofHours(1))).isEqualTo(rome("2026-03-02T14:30"));
        // 17:30 + 1 hour: 30 minutes on Monday, the rest on Tuesday morning
        assertThat(calendar.add(rome("2026-03-02T17:30"), Duration.ofHours(1))).isEqualTo(rome("2026-03-03T09:30"));
        assertThat(calendar.between(rome("2026-03-02T08:00"), rome("2026-03-02T20:00"))).isEqualTo(Duration.ofHours(7));
        assertThat(calendar.isWorking(rome("2026-03-02T12:30"))).isFalse();
        assertThat(calendar.isWorking(rome("2026-03-02T14:00"))).isTrue();
    }

    @Test
    void theWeekendIsSkipped() {
        BusinessCalendar calendar = Calendars.officeWeek();

        // Friday 6 March 2026, 17:00 + 2 hours → Monday 9 March, 10:00
        assertThat(calendar.add(Instant.parse("2026-03-06T17:00:00Z"), Duration.ofHours(2)))
                .isEqualTo(Instant.parse("2026-03-09T10:00:00Z"));
        // a start during the weekend counts from Monday's opening
        assertThat(calendar.add(Instant.parse("2026-03-07T12:00:00Z"), Duration.ofMinutes(30)))
                .isEqualTo(Instant.parse("2026-03-09T09:30:00Z"));
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        BusinessCalendar calendar = Calendars.splitWeek(ROME)
                .withHolidays(Holidays.everyYear(List.of(MonthDay.of(4, 6))))   // Easter Monday 2026
                .withHolidays(Holidays.on(List.of(LocalDate.of(2026, 4, 7))));

        // Friday 3 April 17:00 + 2 hours: 1 hour on Friday, then Monday and Tuesday are off
        assertThat(calendar.add(rome("2026-04-03T17:00"), Duration.ofHours(2))).isEqualTo(rome("2026-04-08T10:00"));
        assertThat(calendar.isHoliday(LocalDate.of(2027, 4, 6))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2027, 4, 7))).isFalse();
    }

    @Test
    void aWorkingDayKeepsItsHoursAcrossTheChangeToSummerTime() {
        BusinessCalendar calendar = BusinessCalendar.of(NEW_YORK,
                WeeklySchedule.on(WeeklySchedule.MONDAY_TO_FRIDAY, WorkingHours.between(9, 18)));
        // clocks went forward on Sunday 8 March 2026: Friday is EST (-5), Monday EDT (-4)
        Instant friday = LocalDateTime.parse("2026-03-06T17:00").atZone(NEW_YORK).toInstant();

        Instant due = calendar.add(friday, Duration.ofHours(2));

        assertThat(due).isEqualTo(LocalDateTime.parse("2026-03-09T10:00").atZone(NEW_YORK).toInstant());
        assertThat(Duration.between(friday, due)).isEqualTo(Duration.ofHours(64));   // an hour short of 65
        assertThat(calendar.between(friday, due)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void hoursAcrossTheSkippedHourLastWhatReallyElapses() {
        BusinessCalendar nights = BusinessCalendar.of(ROME,
                WeeklySchedule.on(EnumSet.allOf(DayOfWeek.class), WorkingHours.between(1, 4)));

        // Sunday 29 March 2026: 02:00 does not exist in Rome, so 01:00–04:00 lasts two hours
        assertThat(nights.between(rome("2026-03-29T00:00"), rome("2026-03-29T12:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(nights.add(rome("2026-03-29T01:00"), Duration.ofMinutes(150))).isEqualTo(rome("2026-03-30T01:30"));
        // Sunday 25 October 2026: 02:00–03:00 happens twice, so 01:00–04:00 lasts four hours
        assertThat(nights.between(rome("2026-10-25T00:00"), rome("2026-10-25T12:00"))).isEqualTo(Duration.ofHours(4));
        assertThat(nights.add(rome("2026-10-25T01:00"), Duration.ofMinutes(210)))
                .isEqualTo(Instant.parse("2026-10-25T02:30:00Z"));   // 03:30 CET
    }

    @Test
    void overlappingHoursAreRefusedNamingTheRule() {
        assertInvalid("schedule", "overlapping_hours", () -> WeeklySchedule.on(Set.of(DayOfWeek.MONDAY),
                WorkingHours.between(9, 13), WorkingHours.between(12, 18)));
    }

    @Test
    void aWeekWithoutWorkingHoursIsRefused() {
        assertInvalid("schedule", "no_working_hours", () -> new WeeklySchedule(Map.of(DayOfWeek.MONDAY, List.of())));
        assertInvalid("schedule", "no_working_hours", () -> WeeklySchedule.on(Set.of(), WorkingHours.between(9, 18)));
    }

    @Test
    void hoursMustStartBeforeTheyEnd() {
        assertInvalid("workingHours", "start_before_end", () -> WorkingHours.between(18, 9));
        assertInvalid("workingHours", "hour_range", () -> WorkingHours.between(9, 24));
    }

    @Test
    void aCalendarNeedsAZone() {
        assertInvalid("zone", "required", () -> BusinessCalendar.of(null, Calendars.officeWeek().week()));
    }

    @Test
    void negativeBusinessTimeIsRefused() {
        assertInvalid("duration", "not_negative",
                () -> Calendars.officeWeek().add(Instant.parse("2026-03-02T09:00:00Z"), Duration.ofMinutes(-1)));
        Instant start = Instant.parse("2026-03-07T12:00:00Z");
        assertThat(Calendars.officeWeek().add(start, Duration.ZERO)).isEqualTo(start);
    }

    @Test
    void aCalendarThatNeverWorksFailsInsteadOfLoopingForever() {
        Holidays everyDay = year -> year.atDay(1).datesUntil(year.plusYears(1).atDay(1)).collect(Collectors.toSet());
        BusinessCalendar never = Calendars.officeWeek().withHolidays(everyDay);

        assertInvalid("holidays", "never_works", () -> never.add(Instant.parse("2026-03-02T09:00:00Z"), Duration.ofHours(1)));
    }

    private static Instant rome(String local) {
        return LocalDateTime.parse(local).atZone(ROME).toInstant();
    }

    private static void assertInvalid(String field, String rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::rule)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, rule)));
    }
}
