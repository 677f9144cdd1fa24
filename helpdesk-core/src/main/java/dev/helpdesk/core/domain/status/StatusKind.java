package dev.helpdesk.core.domain.status;

/** What a status means, whatever it is called. Rules are written against kinds, never against names. */
public enum StatusKind {
    OPEN,
    WAITING_ON_CUSTOMER,
    WAITING_ON_SUPPORT,
    SOLVED,
    CLOSED;

    /** Solved and closed tickets are done; a new customer message either reopens them or is refused. */
    public boolean isDone() {
        return this == SOLVED || this == CLOSED;
    }
}
