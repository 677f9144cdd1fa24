package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.ticket.TicketQuery;
import dev.helpdesk.core.domain.ticket.TicketSummary;
import java.util.List;

/**
 * Finds tickets for a query: exactly those {@link TicketQuery#matches} accepts, in the order of
 * {@link TicketQuery#sortKey} (descending), at most {@link TicketQuery#limit()} of them. It sees every ticket
 * committed through {@link TicketRepository}, including messages added later.
 */
public interface TicketSearch {
    List<TicketSummary> search(TicketQuery query);
}
