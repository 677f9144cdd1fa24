package dev.helpdesk.defaults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.domain.calendar.BusinessCalendar;
import dev.helpdesk.core.domain.calendar.WeeklySchedule;
import dev.helpdesk.core.domain.calendar.WorkingHours;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JollydayHolidaysTest {

    @Test
    void italy2026HasThirteenPublicHolidaysIncludingSaintFrancisAndEasterMonday() {
        var holidays = JollydayHolidays.of("IT").in(Year.of(2026));

        assertThat(holidays).hasSize(13)
                .contains(LocalDate.of(2026, 10, 4), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 12, 25))
                .doesNotContain(LocalDate.of(2026, 4, 7));
    }

    @Test
    void aBusinessCalendarSkipsThePublicHolidays() {
        ZoneId rome = ZoneId.of("Europe/Rome");
        BusinessCalendar calendar = BusinessCalendar.of(rome,
                        WeeklySchedule.on(WeeklySchedule.MONDAY_TO_FRIDAY, WorkingHours.between(9, 18)))
                .withHolidays(JollydayHolidays.of("it"));

        // Thursday 30 April 2026, 17:00 + 2 hours: 1 May (Friday) is Labour Day, so Monday 4 May 10:00
        var due = calendar.add(LocalDateTime.parse("2026-04-30T17:00").atZone(rome).toInstant(), Duration.ofHours(2));

        assertThat(due).isEqualTo(LocalDateTime.parse("2026-05-04T10:00").atZone(rome).toInstant());
    }

    @Test
    void anUnknownCountryIsAClearError() {
        assertThatThrownBy(() -> JollydayHolidays.of("XX")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("country", "unknown")));
    }
}
