package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.calendar.Holidays;
import java.time.LocalDate;
import java.time.Year;
import java.util.Set;

/**
 * A country's public holidays from a maintained holiday library (the default adapter reads Jollyday), to add to a
 * {@link dev.helpdesk.core.domain.calendar.BusinessCalendar} with {@code withHolidays(source)}. It is a
 * {@link Holidays}, so the domain uses it without knowing the adapter.
 */
public interface HolidaySource extends Holidays {

    /** The public holidays that fall in this year; never null, empty for a country without any. */
    @Override
    Set<LocalDate> in(Year year);
}
