package dev.helpdesk.web.portal.tickets;

import java.util.List;
import java.util.Optional;

/**
 * What the tickets list template shows, ready to print: rows, the filter panel, the chips of the active filters,
 * the search box, the order, and the links to the next and first pages.
 *
 * @param showRequester whether the viewer sees colleagues' tickets (a primary user), so rows name who asked
 * @param hidden        the parameters each of the two GET forms carries so that neither loses the other's choices
 */
public record TicketListModel(List<Row> rows, boolean showRequester, String q, boolean filterStatuses,
        List<Choice> statuses, List<Choice> categories, List<Select> fields, List<Choice> sorts, List<Chip> chips,
        Hidden hidden, Optional<String> next, Optional<String> first, String clear, boolean filtered,
        boolean searching) {

    /** One ticket: everything already in the viewer's language. */
    public record Row(String url, String reference, String subject, String requester, String category,
            String statusLabel, String statusClass, String updated, String updatedFull) {
    }

    /** An option of a checkbox group or select. */
    public record Choice(String value, String label, boolean selected) {
    }

    /** A select of the filter panel: {@code name} is the query parameter. */
    public record Select(String name, String id, String label, List<Choice> options) {
    }

    /** An active filter, with the link that removes it. */
    public record Chip(String label, String removeUrl) {
    }

    /**
     * Hidden form inputs.
     *
     * @param forSearch  the filters, kept when searching
     * @param forFilters the search and order, kept when filtering
     */
    public record Hidden(List<Param> forSearch, List<Param> forFilters) {
    }

    /** One query parameter. */
    public record Param(String name, String value) {
    }

    public boolean empty() {
        return rows.isEmpty();
    }
}
