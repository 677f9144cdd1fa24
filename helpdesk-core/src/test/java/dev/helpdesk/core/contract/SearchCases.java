package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Tickets.at;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.Message;
import dev.helpdesk.core.domain.ticket.SearchTerms;
import dev.helpdesk.core.domain.ticket.SortKey;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketQuery;
import dev.helpdesk.core.domain.ticket.TicketSort;
import dev.helpdesk.core.domain.ticket.TicketSummary;
import dev.helpdesk.core.domain.ticket.VisibilityScope;
import dev.helpdesk.core.fixture.Tickets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generated tickets and queries for the search property: few distinct values (three organizations, five
 * requesters, a handful of words and minutes) so that filters, scopes, words and ties in list order all collide
 * often, and the reference answer computed from {@link TicketQuery#matches} and {@link SortKey#LIST_ORDER}.
 */
final class SearchCases {
    static final List<String> ORGANIZATIONS = List.of("acme", "globex", "initech");
    static final List<String> CONTACTS = List.of("alice", "bob", "carol", "dave", "erin");
    static final List<String> CATEGORIES = List.of("billing", "network", "hardware");
    static final List<String> SUBCATEGORIES = List.of("refunds", "vpn", "printers");
    static final List<String> STATUSES = List.of("opened", "replied", "in_progress", "closed");
    /** What tickets carry: the four of {@link #PRIORITY_ORDER} and one code unknown to it (ranked like none). */
    static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent", "legacy");
    static final List<String> PRIORITY_ORDER = List.of("low", "normal", "high", "urgent");
    static final List<String> PRODUCTS = List.of("basic", "pro", "enterprise");
    static final List<String> MODULES = List.of("crm", "erp", "web");
    static final List<String> SERIALS = List.of("SN-1", "SN-2");
    static final List<String> AGENTS = List.of("ann", "ben");
    static final List<String> TEAMS = List.of("first-line", "second-line");
    /** Words of subjects and messages: accents and case vary. */
    static final List<String> WORDS = List.of("printer", "Café", "invoice", "VPN", "login", "crash", "refund", "Über",
            "e-mail", "42");
    /** Words people search for: folded forms of {@link #WORDS}, a prefix, and a word found nowhere. */
    static final List<String> SEARCH_WORDS = List.of("printer", "cafe", "CAFÉ", "invoice", "vpn", "login", "crash",
            "refund", "uber", "mail", "42", "print", "zebra");

    static final FieldRef PRODUCT = FieldRef.custom("product");
    static final FieldRef MODULES_FIELD = FieldRef.custom("modules");
    static final FieldRef SERIAL = FieldRef.custom("serial");

    private SearchCases() {
    }

    /** Up to 25 tickets numbered 1..n; some are at version 2, their last message added by an update. */
    static Gen<List<Ticket>> tickets() {
        Gen<List<Ticket>> gen = rs -> {
            int count = between(rs, 0, 25);
            List<Ticket> tickets = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                tickets.add(ticket(rs, n));
            }
            return tickets;
        };
        return gen.describedAs(SearchCases::describe);
    }

    /** Queries of every scope, filters of a few conditions, an optional search, any sort, cursor and limit. */
    static Gen<TicketQuery> queries() {
        Gen<TicketQuery> gen = rs -> new TicketQuery(scope(rs), filter(rs), text(rs), pick(rs, List.of(TicketSort.values())),
                PRIORITY_ORDER, chance(rs, 4) ? Optional.of(cursor(rs)) : Optional.empty(),
                chance(rs, 5) ? TicketQuery.MAX_LIMIT : between(rs, 1, 8));
        return gen.describedAs(SearchCases::describe);
    }

    /** Several queries, to ask of one set of stored tickets (storing them is the costly part of an example). */
    static Gen<List<TicketQuery>> queryLists(int size) {
        Gen<TicketQuery> one = queries();
        Gen<List<TicketQuery>> gen = rs -> {
            List<TicketQuery> queries = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                queries.add(one.generate(rs));
            }
            return queries;
        };
        return gen.describedAs(list -> list.stream().map(SearchCases::describe).collect(Collectors.joining("\n")));
    }

    /** What every adapter must answer: the matching tickets in list order, at most {@code limit}. */
    static List<TicketSummary> reference(List<Ticket> tickets, TicketQuery query) {
        return tickets.stream().filter(query::matches).map(Ticket::summary)
                .sorted(Comparator.comparing(query::sortKey, SortKey.LIST_ORDER)).limit(query.limit()).toList();
    }

    /** The states to store one after the other: the ticket at version 1, then each later version. */
    static List<Ticket> history(Ticket ticket) {
        if (ticket.version() == 1) {
            return List.of(ticket);
        }
        Tickets.Builder first = Tickets.copyOf(ticket).withoutMessages().version(1).updatedAt(ticket.createdAt());
        ticket.messages().subList(0, ticket.messages().size() - 1).forEach(first::withMessage);
        return List.of(first.build(), ticket);
    }

    private static Ticket ticket(RandomnessSource rs, int number) {
        Tickets.Builder builder = Tickets.aTicket().number(number)
                .subject(words(rs, 1, 3))
                .requester(pick(rs, CONTACTS))
                .organization(pick(rs, ORGANIZATIONS))
                .category(pick(rs, CATEGORIES))
                .status(pick(rs, STATUSES));
        if (chance(rs, 3)) {
            builder.subcategory(pick(rs, SUBCATEGORIES));
        }
        if (!chance(rs, 4)) {
            builder.priority(pick(rs, PRIORITIES));
        }
        if (chance(rs, 2)) {
            builder.field(PRODUCT, new FieldValue.ChoiceValue(pick(rs, PRODUCTS)));
        }
        if (chance(rs, 3)) {
            builder.field(MODULES_FIELD, new FieldValue.ChoicesValue(new TreeSet<>(subset(rs, MODULES))));
        }
        if (chance(rs, 3)) {
            builder.field(SERIAL, new FieldValue.TextValue(pick(rs, SERIALS)));
        }
        if (chance(rs, 2)) {
            builder.assignedToTeam(TeamId.of(pick(rs, TEAMS)));
        }
        if (chance(rs, 2)) {
            builder.assignedTo(AgentId.of(pick(rs, AGENTS)));
        }
        Instant created = at(between(rs, 0, 5));
        builder.createdAt(created).updatedAt(created.plusSeconds(60L * between(rs, 0, 3)));
        int messages = between(rs, 0, 2);
        for (int i = 0; i < messages; i++) {
            if (chance(rs, 2)) {
                builder.withPublicMessage(words(rs, 1, 3));
            } else {
                builder.withInternalNote(words(rs, 1, 3));
            }
        }
        if (messages > 0 && chance(rs, 3)) {
            builder.version(2);
        }
        return builder.build();
    }

    private static VisibilityScope scope(RandomnessSource rs) {
        switch (between(rs, 0, 2)) {
            case 0:
                return new VisibilityScope.Everything();
            case 1: {
                List<String> owned = new ArrayList<>(CATEGORIES);
                owned.addAll(SUBCATEGORIES);
                return new VisibilityScope.Staff(AgentId.of(pick(rs, AGENTS)),
                        subset(rs, TEAMS).stream().map(TeamId::of).collect(Collectors.toSet()),
                        subset(rs, owned).stream().map(CategoryId::of).collect(Collectors.toSet()));
            }
            default: {
                List<VisibilityScope.OrganizationGrant> grants = new ArrayList<>();
                int count = between(rs, 0, 2);
                for (int i = 0; i < count; i++) {
                    List<String> allowed = chance(rs, 2) ? List.of() : subset(rs, CATEGORIES);
                    grants.add(new VisibilityScope.OrganizationGrant(OrganizationId.of(pick(rs, ORGANIZATIONS)),
                            allowed.stream().map(CategoryId::of).collect(Collectors.toSet())));
                }
                return new VisibilityScope.Customer(ContactId.of(pick(rs, CONTACTS)), grants);
            }
        }
    }

    /** Mostly none, one or two conditions, so that most queries still find something. */
    private static TicketFilter filter(RandomnessSource rs) {
        List<BiConsumer<RandomnessSource, TicketFilter.Builder>> conditions = List.of(
                (r, f) -> f.statuses(new HashSet<>(subset(r, STATUSES))),
                (r, f) -> f.category(CategoryId.of(pick(r, CATEGORIES))),
                (r, f) -> f.subcategory(CategoryId.of(pick(r, SUBCATEGORIES))),
                (r, f) -> f.leafCategories(Stream.concat(subset(r, CATEGORIES).stream(), subset(r, SUBCATEGORIES).stream())
                        .map(CategoryId::of).collect(Collectors.toSet())),
                (r, f) -> f.field(FieldRef.PRIORITY, subset(r, PRIORITIES).toArray(String[]::new)),
                (r, f) -> f.field(PRODUCT, subset(r, PRODUCTS).toArray(String[]::new)),
                (r, f) -> f.field(MODULES_FIELD, subset(r, MODULES).toArray(String[]::new)),
                (r, f) -> f.field(SERIAL, subset(r, SERIALS).toArray(String[]::new)),
                (r, f) -> f.requester(ContactId.of(pick(r, CONTACTS))),
                (r, f) -> f.organization(OrganizationId.of(pick(r, ORGANIZATIONS))),
                (r, f) -> f.assignedAgent(AgentId.of(pick(r, AGENTS))),
                (r, f) -> f.assignedTeam(TeamId.of(pick(r, TEAMS))),
                (r, f) -> f.updatedBetween(chance(r, 3) ? null : at(between(r, 0, 8)),
                        chance(r, 3) ? null : at(between(r, 0, 9))));
        TicketFilter.Builder filter = TicketFilter.builder();
        int count = pick(rs, List.of(0, 0, 0, 1, 1, 2));
        for (int i = 0; i < count; i++) {
            pick(rs, conditions).accept(rs, filter);
        }
        return filter.build();
    }

    private static Optional<SearchTerms> text(RandomnessSource rs) {
        if (!chance(rs, 3)) {
            return Optional.empty();
        }
        int count = pick(rs, List.of(1, 1, 2));
        List<String> typed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String word = pick(rs, SEARCH_WORDS);
            if (chance(rs, 4)) {
                word = "\"" + word + " " + pick(rs, SEARCH_WORDS) + "\"";
            }
            typed.add(chance(rs, 4) ? "-" + word : word);
        }
        return SearchTerms.parse(String.join(" ", typed));
    }

    private static SortKey cursor(RandomnessSource rs) {
        return new SortKey(between(rs, -1, 3), at(between(rs, 0, 9)).toEpochMilli(), between(rs, 0, 26));
    }

    private static String words(RandomnessSource rs, int min, int max) {
        int count = between(rs, min, max);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            words.add(pick(rs, WORDS));
        }
        return String.join(" ", words);
    }

    private static int between(RandomnessSource rs, int min, int max) {
        return Generate.range(min, max).generate(rs);
    }

    /** True one time in {@code n}. */
    private static boolean chance(RandomnessSource rs, int n) {
        return between(rs, 1, n) == 1;
    }

    private static <T> T pick(RandomnessSource rs, List<T> values) {
        return values.get(between(rs, 0, values.size() - 1));
    }

    private static <T> List<T> subset(RandomnessSource rs, List<T> values) {
        List<T> chosen = new ArrayList<>();
        for (T value : values) {
            if (chance(rs, 2)) {
                chosen.add(value);
            }
        }
        return chosen;
    }

    static String describe(List<Ticket> tickets) {
        StringBuilder out = new StringBuilder(tickets.size() + " tickets:");
        for (Ticket t : tickets) {
            out.append("\n  #").append(t.number().value()).append(" v").append(t.version())
                    .append(' ').append(t.organization()).append('/').append(t.requester())
                    .append(' ').append(t.category()).append(t.subcategory().map(s -> "/" + s).orElse(""))
                    .append(' ').append(t.status())
                    .append(' ').append(t.fields())
                    .append(" team=").append(t.assignment().team().map(Object::toString).orElse("-"))
                    .append(" agent=").append(t.assignment().agent().map(Object::toString).orElse("-"))
                    .append(" created=").append(t.createdAt()).append(" updated=").append(t.updatedAt())
                    .append(" subject=\"").append(t.subject()).append('"');
            for (Message m : t.messages()) {
                out.append(" [").append(m.visibility()).append(": ").append(m.body()).append(']');
            }
        }
        return out.toString();
    }

    static String describe(TicketQuery query) {
        return "query: scope=" + query.scope() + " filter=" + query.filter() + " text="
                + query.text().map(SearchTerms::words).map(Object::toString).orElse("-") + " sort=" + query.sort()
                + " after=" + query.after().map(Object::toString).orElse("-") + " limit=" + query.limit();
    }
}
