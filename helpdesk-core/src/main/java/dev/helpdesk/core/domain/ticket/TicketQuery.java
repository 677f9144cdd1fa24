package dev.helpdesk.core.domain.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of tickets as storage must answer it: the viewer's scope, the filter, the search words, the order and
 * where the page starts. {@link #matches(Ticket)} and {@link #sortKey} are the reference meaning that every
 * storage adapter reproduces.
 *
 * @param priorityOrder priority codes from lowest to highest, for {@link TicketSort#PRIORITY}
 * @param after         the key of the previous page's last row; empty for the first page
 */
public record TicketQuery(VisibilityScope scope, TicketFilter filter, Optional<SearchTerms> text, TicketSort sort,
                          List<String> priorityOrder, Optional<SortKey> after, int limit) {
    /** Storage-level bound; the services ask for a page plus one row to know whether another page follows. */
    public static final int MAX_LIMIT = 1000;

    public TicketQuery {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sort, "sort");
        priorityOrder = List.copyOf(priorityOrder);
        Objects.requireNonNull(after, "after");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ": " + limit);
        }
    }

    public boolean matches(Ticket ticket) {
        TicketSummary summary = ticket.summary();
        return scope.matches(summary) && filter.matches(summary)
                && text.map(terms -> terms.matches(publicWords(ticket), internalWords(ticket),
                        scope.includesInternalNotes())).orElse(true)
                && after.map(cursor -> sortKey(summary).isAfter(cursor)).orElse(true);
    }

    public SortKey sortKey(TicketSummary ticket) {
        return SortKey.of(ticket, sort, priorityOrder, text);
    }

    /** The public word sequence of a ticket: its subject, then each public message, in order. */
    public static List<String> publicWords(Ticket ticket) {
        List<String> words = new ArrayList<>(SearchTerms.words(ticket.subject()));
        for (Message message : ticket.messages()) {
            if (message.isPublic()) {
                words.addAll(SearchTerms.words(message.body()));
            }
        }
        return words;
    }

    /** The internal word sequence of a ticket: its internal notes, in order; only agents search it. */
    public static List<String> internalWords(Ticket ticket) {
        List<String> words = new ArrayList<>();
        for (Message message : ticket.messages()) {
            if (!message.isPublic()) {
                words.addAll(SearchTerms.words(message.body()));
            }
        }
        return words;
    }
}
