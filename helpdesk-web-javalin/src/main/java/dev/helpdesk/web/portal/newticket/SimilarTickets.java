package dev.helpdesk.web.portal.newticket;

import dev.helpdesk.core.domain.kb.ArticleMatch;
import dev.helpdesk.core.domain.status.Status;
import dev.helpdesk.core.domain.ticket.SearchTerms;
import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketSort;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketSummaryView;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the viewer's open tickets whose subject resembles a new title (seed 003: one ticket per topic, no
 * duplicates). The ticket search wants every word, which a reworded title rarely has, so each significant word of
 * the title is searched on its own among open tickets, and a candidate counts when its subject shares at least half
 * of those words. Everything goes through {@link TicketService#list}, so only tickets the viewer may see are found.
 */
final class SimilarTickets {
    /** Words of the title searched; a title's first words say most about it. */
    static final int MAX_WORDS = 5;
    static final int MAX_RESULTS = 3;
    private static final int CANDIDATES_PER_WORD = 20;

    private final TicketService tickets;

    SimilarTickets(TicketService tickets) {
        this.tickets = tickets;
    }

    List<TicketSummaryView> find(Caller caller, String title) {
        List<String> words = significantWords(title);
        if (words.isEmpty()) {
            return List.of();
        }
        TicketFilter open = TicketFilter.builder().statuses(openStatuses()).build();
        Map<TicketId, TicketSummaryView> candidates = new LinkedHashMap<>();
        try {
            for (String word : words) {
                ListTickets request = new ListTickets(open, word, TicketSort.UPDATED, Optional.empty(),
                        CANDIDATES_PER_WORD);
                tickets.list(caller, request).items().forEach(t -> candidates.putIfAbsent(t.id(), t));
            }
        } catch (InvalidInputException statusHidden) {
            // the field policy hides statuses from customers: open and closed tickets cannot be told apart
            return List.of();
        }
        return candidates.values().stream()
                .filter(t -> shared(words, t.subject()) * 2 >= words.size())
                .sorted(Comparator.comparingInt((TicketSummaryView t) -> -shared(words, t.subject())))
                .limit(MAX_RESULTS)
                .toList();
    }

    /** The title's words worth comparing: no short or common words, folded as the search folds them. */
    static List<String> significantWords(String title) {
        if (title == null || title.length() > SearchTerms.MAX_INPUT) {
            return List.of();
        }
        return ArticleMatch.suggestionFor(title, "").map(ArticleMatch.AnyWord::words)
                .map(words -> words.stream().limit(MAX_WORDS).toList()).orElse(List.of());
    }

    private static int shared(List<String> words, String subject) {
        Set<String> subjectWords = new HashSet<>(SearchTerms.words(subject));
        return (int) words.stream().filter(subjectWords::contains).count();
    }

    private Set<String> openStatuses() {
        Set<String> open = new HashSet<>();
        for (Status status : tickets.schema().statusList()) {
            if (!status.kind().isDone()) {
                open.add(status.code());
            }
        }
        return open;
    }
}
