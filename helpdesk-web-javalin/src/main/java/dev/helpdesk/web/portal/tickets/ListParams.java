package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.ticket.TicketSort;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.web.internal.PortalError;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The tickets list's query string, checked: {@code q}, {@code status} (repeated), {@code category},
 * {@code f.<field>} (repeated), {@code sort}, {@code size} and the page cursor {@code after}. A value the viewer
 * may not filter by, or that is no option of its field, is a 400 naming the parameter (by its label), never a
 * silently empty list. It also writes the links of the page: chips that drop one filter, the next page, the
 * first page.
 */
public final class ListParams {
    static final int DEFAULT_SIZE = 25;
    public static final String FIELD_PREFIX = "f.";

    private final String q;
    private final Set<String> statuses;
    private final Optional<String> category;
    private final Map<String, Set<String>> fields;
    private final Optional<TicketSort> sort;
    private final Optional<Integer> size;
    private final Optional<String> after;

    private ListParams(String q, Set<String> statuses, Optional<String> category, Map<String, Set<String>> fields,
            Optional<TicketSort> sort, Optional<Integer> size, Optional<String> after) {
        this.q = q;
        this.statuses = statuses;
        this.category = category;
        this.fields = fields;
        this.sort = sort;
        this.size = size;
        this.after = after;
    }

    /**
     * Reads the query.
     *
     * @param query  every parameter with all its values
     * @param labels the label of a parameter, for the error message
     * @throws PortalError 400 {@code bad_parameter} for a value that is not allowed
     */
    public static ListParams parse(Map<String, List<String>> query, TicketSchema schema, Filterable filterable,
            Function<String, String> labels) {
        String q = first(query, "q").orElse("").strip();
        Set<String> statuses = new LinkedHashSet<>(values(query, "status"));
        if (!statuses.isEmpty() && !filterable.statuses()) {
            throw PortalError.badParameter(labels.apply("status"));
        }
        for (String status : statuses) {
            if (schema.statuses().find(status).isEmpty()) {
                throw PortalError.badParameter(labels.apply("status"));
            }
        }
        Optional<String> category = first(query, "category").filter(c -> !c.isBlank());
        if (category.isPresent() && schema.categories().topLevel().stream()
                .noneMatch(c -> c.id().value().equals(category.get()))) {
            throw PortalError.badParameter(labels.apply("category"));
        }
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (!parameter.getKey().startsWith(FIELD_PREFIX)) {
                continue;
            }
            String name = parameter.getKey().substring(FIELD_PREFIX.length());
            Set<String> wanted = new LinkedHashSet<>(values(query, parameter.getKey()));
            if (wanted.isEmpty()) {
                continue;
            }
            FieldDefinition field = filterable.field(name)
                    .orElseThrow(() -> PortalError.badParameter(labels.apply(parameter.getKey())));
            for (String value : wanted) {
                if (Filterable.options(field).stream().noneMatch(o -> o.code().equals(value))) {
                    throw PortalError.badParameter(labels.apply(parameter.getKey()));
                }
            }
            fields.put(name, wanted);
        }
        Optional<TicketSort> sort = first(query, "sort").filter(s -> !s.isBlank()).map(s -> sortOf(s, labels));
        if (sort.equals(Optional.of(TicketSort.PRIORITY)) && !filterable.prioritySort()) {
            throw PortalError.badParameter(labels.apply("sort"));
        }
        Optional<Integer> size = first(query, "size").filter(s -> !s.isBlank()).map(s -> sizeOf(s, labels));
        Optional<String> after = first(query, "after").filter(s -> !s.isBlank());
        return new ListParams(q, statuses, category, fields, sort, size, after);
    }

    private static TicketSort sortOf(String value, Function<String, String> labels) {
        try {
            return TicketSort.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PortalError.badParameter(labels.apply("sort"));
        }
    }

    private static int sizeOf(String value, Function<String, String> labels) {
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= ListTickets.MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below, as any other size out of range
        }
        throw PortalError.badParameter(labels.apply("size"));
    }

    private static List<String> values(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    /** The request to the ticket service; searching sorts by relevance unless another order was chosen. */
    public ListTickets request() {
        TicketFilter.Builder filter = TicketFilter.builder().statuses(statuses);
        category.map(CategoryId::of).ifPresent(filter::category);
        fields.forEach((name, values) -> filter.field(new FieldRef(name),
                values.toArray(String[]::new)));
        return new ListTickets(filter.build(), q, sort(), after, size.orElse(DEFAULT_SIZE));
    }

    public TicketSort sort() {
        return sort.orElse(q.isEmpty() ? TicketSort.UPDATED : TicketSort.RELEVANCE);
    }

    public String q() {
        return q;
    }

    public Set<String> statuses() {
        return statuses;
    }

    public Optional<String> category() {
        return category;
    }

    public Set<String> fieldValues(String name) {
        return fields.getOrDefault(name, Set.of());
    }

    public Map<String, Set<String>> fields() {
        return fields;
    }

    public boolean filtered() {
        return !statuses.isEmpty() || category.isPresent() || !fields.isEmpty();
    }

    public boolean searching() {
        return !q.isEmpty();
    }

    public boolean paged() {
        return after.isPresent();
    }

    public Optional<Integer> size() {
        return size;
    }

    /** The same list without one value of one parameter (a chip's remove link), from the first page. */
    public String without(String name, String value) {
        return query(entry -> !(entry.getKey().equals(name) && entry.getValue().equals(value)), Optional.empty());
    }

    /** The same list from its first page. */
    public String firstPage() {
        return query(entry -> true, Optional.empty());
    }

    /** The same list from the page after the cursor. */
    public String page(String cursor) {
        return query(entry -> true, Optional.of(cursor));
    }

    /** The search and order alone: what "Clear" keeps. */
    public String cleared() {
        return query(entry -> entry.getKey().equals("q") || entry.getKey().equals("sort")
                || entry.getKey().equals("size"), Optional.empty());
    }

    private String query(Predicate<Map.Entry<String, String>> keep, Optional<String> cursor) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        if (!q.isEmpty()) {
            entries.add(Map.entry("q", q));
        }
        statuses.forEach(s -> entries.add(Map.entry("status", s)));
        category.ifPresent(c -> entries.add(Map.entry("category", c)));
        fields.forEach((name, values) -> values.forEach(v -> entries.add(Map.entry(FIELD_PREFIX + name, v))));
        sort.ifPresent(s -> entries.add(Map.entry("sort", s.name().toLowerCase(Locale.ROOT))));
        size.ifPresent(s -> entries.add(Map.entry("size", String.valueOf(s))));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> entry : entries) {
            if (keep.test(entry)) {
                append(out, entry.getKey(), entry.getValue());
            }
        }
        cursor.ifPresent(c -> append(out, "after", c));
        return out.length() == 0 ? "" : "?" + out;
    }

    private static void append(StringBuilder out, String name, String value) {
        out.append(out.length() == 0 ? "" : "&").append(encode(name)).append('=').append(encode(value));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
