package dev.helpdesk.core.domain.ticket;

/** The orders lists come in; ties always fall back to the ticket number, newest first, so pages are stable. */
public enum TicketSort {
    /** Last updated first (the default). */
    UPDATED,
    /** Newest first. */
    CREATED,
    /** Highest priority first, then last updated. */
    PRIORITY
}
