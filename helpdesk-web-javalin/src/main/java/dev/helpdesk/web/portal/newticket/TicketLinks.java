package dev.helpdesk.web.portal.newticket;

import dev.helpdesk.core.domain.ticket.TicketId;

/**
 * Where a ticket's page is. Core makes the opaque {@link TicketId} the URL key ("never the number": a number can be
 * guessed from another), and {@code TicketService.get} looks tickets up by it; the ticket pages read it back.
 */
final class TicketLinks {
    private TicketLinks() {
    }

    static String path(TicketId id) {
        return "/tickets/" + id.value();
    }
}
