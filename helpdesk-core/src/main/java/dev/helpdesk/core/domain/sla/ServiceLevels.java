package dev.helpdesk.core.domain.sla;

import dev.helpdesk.core.domain.calendar.BusinessCalendar;
import dev.helpdesk.core.domain.calendar.WeeklySchedule;
import dev.helpdesk.core.domain.calendar.WorkingHours;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.error.InvalidInputException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA configuration of one helpdesk: when support works and what it promises. Like the {@link TicketSchema},
 * the host sets it once, in code, and hands it to the services.
 *
 * @param calendar    the working hours, weekends and holidays every due time is computed in
 * @param businessDay how long "one business day" is, in working time: a policy's N business days are N times
 *                    this (nine hours for 09:00–18:00); see {@link BusinessTime}
 * @param policies    the targets per priority and category; the closest match wins ({@link #targetsFor}); a
 *                    ticket no policy matches has no SLA clock
 */
public record ServiceLevels(BusinessCalendar calendar, Duration businessDay, List<SlaPolicy> policies) {
    public ServiceLevels {
        Objects.requireNonNull(calendar, "calendar");
        if (businessDay == null || businessDay.isNegative() || businessDay.isZero()
                || businessDay.compareTo(Duration.ofHours(24)) > 0) {
            throw InvalidInputException.of("businessDay", "range", "a business day lasts more than zero and at most"
                    + " 24 hours: " + businessDay);
        }
        policies = List.copyOf(policies);
    }

    /** The defaults in UTC: see {@link #defaults(ZoneId)}. */
    public static ServiceLevels defaults() {
        return defaults(ZoneId.of("UTC"));
    }

    /**
     * Seed 003's promise, "an answer within one business day, no weekends or holidays": Monday to Friday 09:00–18:00
     * in the support team's zone, a business day of nine hours; every ticket gets a first response within one
     * business day and a resolution within five; high priority 4 business hours and three days; critical 2
     * business hours and one day. No holidays: add them with {@link #withCalendar}.
     */
    public static ServiceLevels defaults(ZoneId zone) {
        BusinessCalendar calendar = BusinessCalendar.of(zone,
                WeeklySchedule.on(WeeklySchedule.MONDAY_TO_FRIDAY, WorkingHours.between(9, 18)));
        return new ServiceLevels(calendar, Duration.ofHours(9), List.of(
                SlaPolicy.forPriority("critical", BusinessTime.hours(2), BusinessTime.days(1)),
                SlaPolicy.forPriority("high", BusinessTime.hours(4), BusinessTime.days(3)),
                SlaPolicy.fallback(BusinessTime.days(1), BusinessTime.days(5))));
    }

    public ServiceLevels withCalendar(BusinessCalendar next) {
        return new ServiceLevels(next, businessDay, policies);
    }

    public ServiceLevels withBusinessDay(Duration next) {
        return new ServiceLevels(calendar, next, policies);
    }

    /** Other policies; none at all turns the SLA clocks off. */
    public ServiceLevels withPolicies(List<SlaPolicy> next) {
        return new ServiceLevels(calendar, businessDay, next);
    }

    /** The policy closest to a ticket (ties go to the one listed first), or empty when none applies. */
    public Optional<SlaPolicy> policyFor(Optional<String> priority, CategoryId category,
                                         Optional<CategoryId> subcategory) {
        SlaPolicy best = null;
        int bestFit = -1;
        for (SlaPolicy policy : policies) {
            Optional<Integer> fit = policy.fit(priority, category, subcategory);
            if (fit.isPresent() && fit.get() > bestFit) {
                best = policy;
                bestFit = fit.get();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The targets of the closest policy, as working time. */
    public Optional<SlaTargets> targetsFor(Optional<String> priority, CategoryId category,
                                           Optional<CategoryId> subcategory) {
        return policyFor(priority, category, subcategory).map(p -> new SlaTargets(
                p.firstResponse().toDuration(businessDay), p.resolution().toDuration(businessDay)));
    }

    /**
     * Fails when a policy names a priority or a category the schema does not have: a typo would otherwise
     * silently leave tickets without SLA.
     */
    public void checkAgainst(TicketSchema schema) {
        for (SlaPolicy policy : policies) {
            policy.priority().filter(p -> !schema.priorityOrder().contains(p)).ifPresent(p -> {
                throw new IllegalArgumentException("SLA policy names priority '" + p + "', which is not one of "
                        + schema.priorityOrder());
            });
            policy.category().filter(c -> schema.categories().find(c).isEmpty()).ifPresent(c -> {
                throw new IllegalArgumentException("SLA policy names category '" + c + "', which is not in the schema");
            });
        }
    }
}
