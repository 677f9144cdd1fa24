package dev.helpdesk.core.domain.rating;

/** How satisfied the customer was with the handling of a ticket (seed 004: three faces). */
public enum Score {
    UNHAPPY,
    NEUTRAL,
    HAPPY
}
