package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.Ids;

/** An opaque id, safe in URLs; made by the {@code IdGenerator} port so that one cannot be guessed from another. */
public record TicketId(String value) {
    public TicketId {
        Ids.check("ticketId", value);
    }

    public static TicketId of(String value) {
        return new TicketId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
