package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketSort;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of the tickets the caller may see.
 *
 * @param text     search words; empty for none
 * @param cursor   from the previous page's {@code nextCursor}; empty for the first page
 * @param pageSize 1 to 100
 */
public record ListTickets(TicketFilter filter, String text, TicketSort sort, Optional<String> cursor, int pageSize) {
    public static final int MAX_PAGE_SIZE = 100;

    public ListTickets {
        Objects.requireNonNull(filter, "filter");
        text = text == null ? "" : text;
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(cursor, "cursor");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw dev.helpdesk.core.error.InvalidInputException.of("pageSize", "range",
                    "page size must be 1 to " + MAX_PAGE_SIZE + ", not " + pageSize);
        }
    }

    /** The first page of 25, last updated first. */
    public static ListTickets firstPage() {
        return new ListTickets(TicketFilter.NONE, "", TicketSort.UPDATED, Optional.empty(), 25);
    }

    public ListTickets filtered(TicketFilter next) {
        return new ListTickets(next, text, sort, cursor, pageSize);
    }

    public ListTickets searching(String words) {
        return new ListTickets(filter, words, sort, cursor, pageSize);
    }

    public ListTickets sortedBy(TicketSort next) {
        return new ListTickets(filter, text, next, cursor, pageSize);
    }

    public ListTickets ofSize(int size) {
        return new ListTickets(filter, text, sort, cursor, size);
    }

    public ListTickets after(String nextCursor) {
        return new ListTickets(filter, text, sort, Optional.of(nextCursor), pageSize);
    }
}
