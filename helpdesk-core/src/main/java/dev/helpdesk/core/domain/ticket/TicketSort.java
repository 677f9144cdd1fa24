package dev.helpdesk.core.domain.ticket;

/** The orders lists come in; ties always fall back to the ticket number, newest first, so pages are stable. */
public enum TicketSort {
    /** Last updated first (the default). */
    UPDATED,
    /** Newest first. */
    CREATED,
    /** Highest priority first, then last updated. */
    PRIORITY,
    /**
     * Relevance to the search text: tickets whose subject holds every search term (a phrase as consecutive
     * words) come first, then the other matches; each group last updated first. Without search words (no text,
     * or only exclusions), the same as {@link #UPDATED}.
     */
    RELEVANCE
}
