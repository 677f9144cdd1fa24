package dev.helpdesk.defaults;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.port.HolidaySource;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A country's public holidays from Jollyday's maintained calendars, for a business calendar:
 * {@code calendar.withHolidays(JollydayHolidays.of("IT"))}. A region narrows them ({@code of("DE", "by")} for
 * Bavaria). Each year is computed once.
 */
public final class JollydayHolidays implements HolidaySource {
    private final HolidayManager manager;
    private final String country;
    private final String[] region;
    private final Map<Year, Set<LocalDate>> byYear = new ConcurrentHashMap<>();

    private JollydayHolidays(HolidayCalendar calendar, String[] region) {
        this.manager = HolidayManager.getInstance(ManagerParameters.create(calendar));
        this.country = calendar.getId();
        this.region = region.clone();
    }

    /**
     * The holidays of the country with this ISO 3166 code ({@code "IT"}, {@code "fr"}), optionally of one region.
     *
     * @throws InvalidInputException naming {@code country} when Jollyday has no calendar for it
     */
    public static JollydayHolidays of(String countryCode, String... region) {
        String code = countryCode == null ? "" : countryCode.trim().toUpperCase(Locale.ROOT);
        HolidayCalendar calendar = Arrays.stream(HolidayCalendar.values()).filter(c -> c.getId().equals(code))
                .findFirst().orElseThrow(() -> InvalidInputException.of("country", "unknown",
                        "there is no holiday calendar for country '" + countryCode + "'"));
        for (String part : region) {
            Objects.requireNonNull(part, "region");
        }
        return new JollydayHolidays(calendar, region);
    }

    @Override
    public Set<LocalDate> in(Year year) {
        return byYear.computeIfAbsent(year, y -> manager.getHolidays(y, region).stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet()));
    }

    @Override
    public String toString() {
        return "JollydayHolidays[" + country + (region.length == 0 ? "" : " " + List.of(region)) + "]";
    }
}
