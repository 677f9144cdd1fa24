package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.ticket.SortKey;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketQuery;
import dev.helpdesk.core.domain.ticket.TicketSummary;
import dev.helpdesk.core.port.TicketSearch;
import java.util.Comparator;
import java.util.List;

/** A scan over every ticket with the query's own reference meaning: slow on millions, exact on any number. */
final class InMemoryTicketSearch implements TicketSearch {
    private final UnitOfWork unitOfWork;
    private final InMemoryTicketRepository tickets;

    InMemoryTicketSearch(UnitOfWork unitOfWork, InMemoryTicketRepository tickets) {
        this.unitOfWork = unitOfWork;
        this.tickets = tickets;
    }

    @Override
    public List<TicketSummary> search(TicketQuery query) {
        return unitOfWork.read(() -> tickets.all().stream()
                .filter(query::matches)
                .map(Ticket::summary)
                .sorted(Comparator.comparing(query::sortKey, SortKey.LIST_ORDER))
                .limit(query.limit())
                .toList());
    }
}
