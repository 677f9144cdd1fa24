package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A ticket's place in a sorted list: (rank, time, number), all descending. rank is the priority's position for
 * {@link TicketSort#PRIORITY} (no priority = -1), 1 or 0 for {@link TicketSort#RELEVANCE} (whether the subject
 * holds every search term) and 0 otherwise; time is last-updated or created, in epoch milliseconds. A page
 * cursor is the key of the page's last row; the next page holds the keys strictly after it, which is what makes joined pages the whole result, each ticket once. SQL adapters compare the row value
 * {@code (rank, time, number) < (?, ?, ?)}.
 */
public record SortKey(long rank, long time, long number) implements Comparable<SortKey> {

    /** Descending on every part: the first in a list is the greatest key. */
    public static final Comparator<SortKey> LIST_ORDER = Comparator.<SortKey>naturalOrder().reversed();

    public static SortKey of(TicketSummary ticket, TicketSort sort, List<String> priorityOrder) {
        return of(ticket, sort, priorityOrder, Optional.empty());
    }

    /**
     * The key under a sort; {@link TicketSort#RELEVANCE} ranks 1 the tickets whose subject holds every term of
     * {@code text} and 0 the others (all 0 without text).
     */
    public static SortKey of(TicketSummary ticket, TicketSort sort, List<String> priorityOrder,
                             Optional<SearchTerms> text) {
        switch (sort) {
            case RELEVANCE:
                long tier = text.filter(terms -> terms.allInSubject(ticket.subject())).isPresent() ? 1 : 0;
                return new SortKey(tier, ticket.updatedAt().toEpochMilli(), ticket.number().value());
            case CREATED:
                return new SortKey(0, ticket.createdAt().toEpochMilli(), ticket.number().value());
            case PRIORITY:
                long rank = ticket.field(dev.helpdesk.core.domain.policy.FieldRef.PRIORITY)
                        .filter(dev.helpdesk.core.domain.policy.FieldValue.ChoiceValue.class::isInstance)
                        .map(v -> (long) priorityOrder.indexOf(((dev.helpdesk.core.domain.policy.FieldValue.ChoiceValue) v).code()))
                        .orElse(-1L);
                return new SortKey(rank, ticket.updatedAt().toEpochMilli(), ticket.number().value());
            case UPDATED:
            default:
                return new SortKey(0, ticket.updatedAt().toEpochMilli(), ticket.number().value());
        }
    }

    /** Whether this key comes after the cursor in list order. */
    public boolean isAfter(SortKey cursor) {
        return compareTo(cursor) < 0;
    }

    @Override
    public int compareTo(SortKey other) {
        int byRank = Long.compare(rank, other.rank);
        if (byRank != 0) {
            return byRank;
        }
        int byTime = Long.compare(time, other.time);
        return byTime != 0 ? byTime : Long.compare(number, other.number);
    }

    /** An opaque cursor for this key under this sort. */
    public String toCursor(TicketSort sort) {
        String plain = sort.name() + ":" + rank + ":" + time + ":" + number;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor made by {@link #toCursor}; anything else, or one made for another sort, is a clear error. */
    public static SortKey fromCursor(String cursor, TicketSort sort) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", -1);
            if (parts.length == 4 && parts[0].equals(sort.name())) {
                return new SortKey(Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: a malformed cursor is the caller's input, not our failure
        }
        throw InvalidInputException.of("cursor", "invalid", "the page cursor is not valid for this list; start from the first page");
    }
}
