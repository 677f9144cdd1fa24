package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.ticket.TicketNumber;
import dev.helpdesk.core.error.ConflictException;
import java.util.Map;

final class Stale {
    private Stale() {
    }

    static ConflictException ticket(TicketNumber number) {
        return new ConflictException("ticket.stale",
                "Ticket " + number.value() + " was changed by someone else meanwhile; reload it and try again",
                Map.of("ticket", String.valueOf(number.value())));
    }
}
