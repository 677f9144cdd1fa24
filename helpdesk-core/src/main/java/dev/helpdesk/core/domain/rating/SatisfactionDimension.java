package dev.helpdesk.core.domain.rating;

/** What satisfaction is counted by: the team or agent the ticket was assigned to, its category, or the month. */
public enum SatisfactionDimension {
    TEAM,
    AGENT,
    CATEGORY,
    /** The calendar month (UTC) of the rating, as {@code 2026-03}. */
    MONTH
}
