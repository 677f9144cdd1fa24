package dev.helpdesk.core.domain.ticket;

/** Where a message came in. */
public enum Channel {
    WEB,
    EMAIL,
    API
}
