package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.SearchTerms;
import dev.helpdesk.core.domain.ticket.SortKey;
import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketQuery;
import dev.helpdesk.core.domain.ticket.TicketSort;
import dev.helpdesk.core.domain.ticket.TicketSummary;
import dev.helpdesk.core.domain.ticket.VisibilityScope;
import dev.helpdesk.core.port.TicketSearch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * A {@link TicketQuery} as SQL: the viewer's scope, the filter, the search terms, the sort key and the cursor. It
 * selects exactly what {@link TicketQuery#matches} accepts; the storage contract suite checks that on generated data.
 *
 * <p>A page is read along an index in list order and stops once it is full, so its cost follows the page size, not
 * the number of tickets. A scope that is a disjunction (a customer's own tickets or their organization's; an
 * agent's assignments, teams and categories) becomes one <em>arm</em> per part, each read along its own index to
 * a page of its own, and the page is the first rows of their union: one index-ordered read per arm instead of
 * collecting and sorting every ticket the viewer may see.
 *
 * <p>Search words on SQLite: how many tickets have all the plain terms (counted up to a bound, or estimated from
 * how dense the first hits are) picks one of three plans, all giving the same rows: few hits are read from the FTS5
 * index and looked up one by one; a middling number are collected once and each arm keeps the rows in that set as it
 * walks its index; many hits are checked row by row on the indexed word sequence while walking, which finds a page
 * after a few rows. Excluded terms are always checked row by row. PostgreSQL plans this itself.
 */
public final class JdbcTicketSearch implements TicketSearch {
    /**
     * Fewer hits than {@code sqrt(FEW_HITS * limit * tickets)}: read them from FTS5 and look each up (about 2-3 us a
     * hit, which beats walking an index for a page when hits are rarer than that). Costs measured with SQLite 3.54
     * on 100,000 and 1,000,000 tickets (StorageBenchmark in the examples).
     */
    private static final double FEW_HITS = 0.1;
    /**
     * At least {@code sqrt(MANY_HITS * limit * tickets)} hits (estimated from how dense the first ones are): check
     * each row walked on its words (about 4-7 us a row, limit * tickets / hits rows for a page) rather than collect
     * every hit first (about 0.5 us a hit).
     */
    private static final double MANY_HITS = 8.0;

    private final Database database;

    public JdbcTicketSearch(Database database) {
        this.database = database;
    }

    @Override
    public List<TicketSummary> search(TicketQuery query) {
        if (query.sort() != TicketSort.RELEVANCE) {
            return database.read(h -> rows(h, query, sql -> { }));
        }
        List<SearchTerms.Term> plain = query.text().map(SearchTerms::terms).orElse(List.of()).stream()
                .filter(t -> !t.excluded()).toList();
        if (plain.isEmpty()) {
            // without words to hold, relevance ranks every ticket 0: last updated first
            return database.read(h -> rows(h, inUpdatedOrder(query, query.after(), query.limit()), sql -> { }));
        }
        return database.read(h -> relevance(h, query, plain));
    }

    /**
     * The relevance order as two walks in last-updated order: first the matches whose subject holds every term
     * (rank 1), then the others (rank 0), each resuming after the cursor when it points into that part.
     */
    private List<TicketSummary> relevance(Handle h, TicketQuery query, List<SearchTerms.Term> plain) {
        List<TicketSummary> found = new ArrayList<>();
        long cursorRank = query.after().map(SortKey::rank).orElse(Long.MAX_VALUE);
        if (cursorRank >= 1) {
            Optional<SortKey> after = cursorRank == 1 ? query.after().map(JdbcTicketSearch::atRankZero) : Optional.empty();
            found.addAll(rows(h, inUpdatedOrder(query, after, query.limit()), sql -> {
                for (SearchTerms.Term term : plain) {
                    sql.append(" AND ");
                    inSubject(sql, term);
                }
            }));
        }
        if (cursorRank >= 0 && found.size() < query.limit()) {
            Optional<SortKey> after = cursorRank == 0 ? query.after() : Optional.empty();
            found.addAll(rows(h, inUpdatedOrder(query, after, query.limit() - found.size()), sql -> {
                sql.append(" AND NOT (");
                for (int i = 0; i < plain.size(); i++) {
                    sql.append(i == 0 ? "" : " AND ");
                    inSubject(sql, plain.get(i));
                }
                sql.append(")");
            }));
        }
        return found;
    }

    private static TicketQuery inUpdatedOrder(TicketQuery query, Optional<SortKey> after, int limit) {
        return new TicketQuery(query.scope(), query.filter(), query.text(), TicketSort.UPDATED, query.priorityOrder(),
                after, limit);
    }

    private static SortKey atRankZero(SortKey key) {
        return new SortKey(0, key.time(), key.number());
    }

    /** Whether the ticket's subject words hold the term's words consecutively (the domain's rule, as in wordCheck). */
    private void inSubject(Sql sql, SearchTerms.Term term) {
        String find = database.dialect() == Dialect.SQLITE ? "instr" : "strpos";
        sql.append(find + "(' ' || t.subject_words || ' ', ").value(" " + String.join(" ", term.words()) + " ")
                .append(") > 0");
    }

    private List<TicketSummary> rows(Handle h, TicketQuery query, Consumer<Sql> part) {
        return statement(h, query, part).query(h).map((rs, ctx) -> TicketRows.summary(rs)).list();
    }

    private Sql statement(Handle h, TicketQuery query, Consumer<Sql> part) {
        Page page = new Page(query, part);
        boolean internal = query.scope().includesInternalNotes();
        if (query.text().isEmpty()) {
            return arms(query, page, sql -> { });
        }
        SearchTerms terms = query.text().get();
        if (database.dialect() == Dialect.POSTGRESQL) {
            return arms(query, page, sql -> postgresText(sql, terms, internal));
        }
        List<SearchTerms.Term> plain = terms.terms().stream().filter(t -> !t.excluded()).toList();
        List<SearchTerms.Term> excluded = terms.terms().stream().filter(SearchTerms.Term::excluded).toList();
        if (plain.isEmpty()) {
            return arms(query, page, sql -> wordCheck(sql, terms.terms(), internal));
        }
        String match = ftsMatch(plain, internal);
        long tickets = h.createQuery("SELECT COALESCE(MAX(number), 0) FROM ticket").mapTo(Long.class).one();
        long fewHits = Math.max(1, (long) Math.sqrt(FEW_HITS * query.limit() * tickets));
        long manyHits = Math.max(fewHits + 1, (long) Math.sqrt(MANY_HITS * query.limit() * tickets));
        // the first hits, up to fewHits of them, and the highest ticket number among them (in rowid order: FTS5
        // reads a long doclist backwards only after loading all of it, which costs a common word over 1 ms)
        long[] first = h.createQuery("SELECT count(*), COALESCE(MAX(rowid), 0) FROM (SELECT rowid FROM ticket_text "
                        + "WHERE ticket_text MATCH :m LIMIT :limit)")
                .bind("m", match).bind("limit", fewHits)
                .map((rs, ctx) -> new long[] {rs.getLong(1), rs.getLong(2)}).one();
        // fewer than fewHits: that is all of them; otherwise their share of the tickets up to the last one, scaled up
        long hits = first[0] < fewHits ? first[0]
                : Math.max(fewHits, first[0] * tickets / Math.max(1, first[1]));
        if (hits < fewHits) {
            return hitsFirst(query, page, match, excluded, internal);
        }
        if (hits < manyHits) {
            // "+" keeps SQLite walking the arm's index in list order, the set only checked (a Bloom filter first);
            // each arm builds the set itself, which measured cheaper than a materialized CTE shared by the arms
            return arms(query, page, s -> {
                s.append(" AND +t.number IN (SELECT rowid FROM ticket_text WHERE ticket_text MATCH ").value(match)
                        .append(")");
                wordCheck(s, excluded, internal);
            });
        }
        return arms(query, page, sql -> wordCheck(sql, terms.terms(), internal));
    }

    /** The order of a page, its cursor condition and size. */
    private static final class Page {
        final String time;
        final String rank;
        final String order;
        final TicketQuery query;
        /** A further condition on the rows: the part of the relevance order being read, or nothing. */
        final Consumer<Sql> part;

        Page(TicketQuery query, Consumer<Sql> part) {
            this.query = query;
            this.part = part;
            this.time = query.sort() == TicketSort.CREATED ? "t.created_at" : "t.updated_at";
            this.rank = query.sort() == TicketSort.PRIORITY ? rank(query) : null;
            this.order = (rank == null ? "" : rank + " DESC, ") + time + " DESC, t.number DESC";
        }

        void after(Sql sql) {
            query.after().ifPresent(cursor -> {
                if (rank == null) {
                    afterAtRankZero(sql, time, cursor);
                } else {
                    JdbcTicketSearch.after(sql, rank, time, cursor);
                }
            });
        }

        void orderAndLimit(Sql sql) {
            sql.append(" ORDER BY " + order + " LIMIT ").value(query.limit());
        }
    }

    /**
     * One statement over the arms of the scope: a single arm is a plain indexed read; several are each read to a
     * page of their own, and the page is the first rows of their union (a ticket in two arms counts once).
     */
    private Sql arms(TicketQuery query, Page page, Consumer<Sql> text) {
        List<Consumer<Sql>> arms = arms(query.scope());
        if (arms.size() == 1) {
            Sql sql = new Sql("SELECT " + TicketRows.SUMMARY_COLUMNS + " FROM ticket t WHERE 1 = 1");
            arms.get(0).accept(sql);
            conditions(sql, query, page, text);
            page.orderAndLimit(sql);
            return sql;
        }
        Sql sql = new Sql("SELECT " + TicketRows.SUMMARY_COLUMNS + " FROM ticket t WHERE t.number IN (");
        for (int i = 0; i < arms.size(); i++) {
            sql.append(i == 0 ? "" : " UNION ALL ").append("SELECT number FROM (SELECT t.number FROM ticket t WHERE 1 = 1");
            arms.get(i).accept(sql);
            conditions(sql, query, page, text);
            page.orderAndLimit(sql);
            sql.append(") arm" + i);
        }
        sql.append(")");
        page.orderAndLimit(sql);
        return sql;
    }

    private void conditions(Sql sql, TicketQuery query, Page page, Consumer<Sql> text) {
        filter(sql, query.filter(), database.dialect() == Dialect.SQLITE);
        page.part.accept(sql);
        text.accept(sql);
        page.after(sql);
    }

    /** The scope as parts whose union it is, each an equality an index can be read along in list order. */
    private List<Consumer<Sql>> arms(VisibilityScope scope) {
        List<Consumer<Sql>> arms = new ArrayList<>();
        if (scope instanceof VisibilityScope.Everything) {
            arms.add(sql -> { });
            return arms;
        }
        if (scope instanceof VisibilityScope.Staff) {
            VisibilityScope.Staff staff = (VisibilityScope.Staff) scope;
            arms.add(sql -> sql.append(" AND t.assigned_agent = ").value(staff.agent().value()));
            for (String category : ids(staff.categories())) {
                // category = c or subcategory = c is category = c or leaf_category = c (the leaf is the subcategory,
                // or the category when there is none): two equalities, each along its index
                arms.add(sql -> sql.append(" AND t.category = ").value(category));
                arms.add(sql -> sql.append(" AND t.leaf_category = ").value(category));
            }
            for (String team : staff.teams().stream().map(TeamId::value).sorted().toList()) {
                arms.add(sql -> sql.append(" AND t.assigned_team = ").value(team));
            }
            return arms;
        }
        VisibilityScope.Customer customer = (VisibilityScope.Customer) scope;
        arms.add(sql -> sql.append(" AND t.requester_id = ").value(customer.contact().value()));
        // on SQLite, "+" keeps the category out of the index choice: the organization's index gives the order
        String category = database.dialect() == Dialect.SQLITE ? "+t.category" : "t.category";
        for (VisibilityScope.OrganizationGrant grant : customer.grants()) {
            arms.add(sql -> {
                sql.append(" AND t.organization_id = ").value(grant.organization().value());
                if (!grant.allowedCategories().isEmpty()) {
                    sql.append(" AND " + category + " IN ").values(ids(grant.allowedCategories()));
                }
            });
        }
        return arms;
    }

    /**
     * Few hits: read them from the index first and look each ticket up by number ({@code CROSS JOIN} fixes that
     * order on SQLite), with the scope as one condition.
     */
    private Sql hitsFirst(TicketQuery query, Page page, String match, List<SearchTerms.Term> excluded,
                                 boolean internal) {
        Sql sql = new Sql("SELECT " + TicketRows.SUMMARY_COLUMNS + " FROM (SELECT rowid AS hit FROM ticket_text "
                + "WHERE ticket_text MATCH ").value(match).append(") f CROSS JOIN ticket t ON t.number = f.hit WHERE 1 = 1");
        scope(sql, query.scope());
        conditions(sql, query, page, s -> wordCheck(s, excluded, internal));
        page.orderAndLimit(sql);
        return sql;
    }

    private static void scope(Sql sql, VisibilityScope scope) {
        if (scope instanceof VisibilityScope.Everything) {
            return;
        }
        if (scope instanceof VisibilityScope.Staff) {
            VisibilityScope.Staff staff = (VisibilityScope.Staff) scope;
            sql.append(" AND (t.assigned_agent = ").value(staff.agent().value());
            List<String> categories = ids(staff.categories());
            if (!categories.isEmpty()) {
                sql.append(" OR t.category IN ").values(categories).append(" OR t.subcategory IN ").values(categories);
            }
            List<String> teams = staff.teams().stream().map(TeamId::value).sorted().toList();
            if (!teams.isEmpty()) {
                sql.append(" OR t.assigned_team IN ").values(teams);
            }
            sql.append(")");
            return;
        }
        VisibilityScope.Customer customer = (VisibilityScope.Customer) scope;
        sql.append(" AND (t.requester_id = ").value(customer.contact().value());
        for (VisibilityScope.OrganizationGrant grant : customer.grants()) {
            sql.append(" OR (t.organization_id = ").value(grant.organization().value());
            if (!grant.allowedCategories().isEmpty()) {
                sql.append(" AND t.category IN ").values(ids(grant.allowedCategories()));
            }
            sql.append(")");
        }
        sql.append(")");
    }

    /**
     * On SQLite, "+" keeps a category filter out of the index choice: the arm's own index (requester,
     * organization...) gives the order, where the category's index made SQLite walk every ticket of the category
     * for a contact's few (issue 11: a customer's list filtered by category took tens of milliseconds).
     */
    private static void filter(Sql sql, TicketFilter filter, boolean sqlite) {
        String plus = sqlite ? "+" : "";
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND t.status IN ").values(filter.statuses().stream().sorted().toList());
        }
        filter.category().ifPresent(c -> sql.append(" AND " + plus + "t.category = ").value(c.value()));
        filter.subcategory().ifPresent(c -> sql.append(" AND " + plus + "t.subcategory = ").value(c.value()));
        if (!filter.leafCategories().isEmpty()) {
            sql.append(" AND t.leaf_category IN ").values(ids(filter.leafCategories()));
        }
        for (Map.Entry<FieldRef, Set<String>> condition : filter.fieldValues().entrySet()) {
            sql.append(" AND EXISTS (SELECT 1 FROM ticket_field f WHERE f.ticket_number = t.number AND f.field = ")
                    .value(condition.getKey().name())
                    .append(" AND f.value IN ").values(condition.getValue().stream().sorted().toList()).append(")");
        }
        filter.requester().ifPresent(c -> sql.append(" AND t.requester_id = ").value(c.value()));
        filter.organization().ifPresent(o -> sql.append(" AND t.organization_id = ").value(o.value()));
        filter.assignedAgent().ifPresent(a -> sql.append(" AND t.assigned_agent = ").value(a.value()));
        filter.assignedTeam().ifPresent(t -> sql.append(" AND t.assigned_team = ").value(t.value()));
        filter.updatedFrom().ifPresent(from -> sql.append(" AND t.updated_at >= ").value(from.toEpochMilli()));
        filter.updatedTo().ifPresent(to -> sql.append(" AND t.updated_at < ").value(to.toEpochMilli()));
    }

    /**
     * The plain terms as one FTS5 query: each term's words, already reduced by the domain to letters and digits, a
     * quoted phrase, so nothing a person types reaches the query syntax.
     */
    private static String ftsMatch(List<SearchTerms.Term> plain, boolean withInternalNotes) {
        String columns = withInternalNotes ? "{public_text internal_text} : " : "public_text : ";
        StringBuilder match = new StringBuilder();
        for (SearchTerms.Term term : plain) {
            match.append(match.length() == 0 ? "" : " AND ").append(columns)
                    .append('"').append(String.join(" ", term.words()).replace("\"", "\"\"")).append('"');
        }
        return match.toString();
    }

    /**
     * Terms checked on the indexed word sequences of the row itself: a term occurs when {@code " w1 w2 "} is in
     * {@code " " + words + " "} (words are single-space separated, so this is the domain's consecutive-word rule),
     * in the public sequence or, for agents, in the internal one. Excluded terms must occur in neither.
     */
    private static void wordCheck(Sql sql, List<SearchTerms.Term> terms, boolean withInternalNotes) {
        List<SearchTerms.Term> plain = terms.stream().filter(t -> !t.excluded()).toList();
        if (!plain.isEmpty()) {
            sql.append(" AND EXISTS (SELECT 1 FROM ticket_text x WHERE x.rowid = t.number");
            for (SearchTerms.Term term : plain) {
                sql.append(" AND ");
                occurs(sql, term, withInternalNotes);
            }
            sql.append(")");
        }
        for (SearchTerms.Term term : terms) {
            if (term.excluded()) {
                sql.append(" AND NOT EXISTS (SELECT 1 FROM ticket_text x WHERE x.rowid = t.number AND ");
                occurs(sql, term, withInternalNotes);
                sql.append(")");
            }
        }
    }

    private static void occurs(Sql sql, SearchTerms.Term term, boolean withInternalNotes) {
        String needle = " " + String.join(" ", term.words()) + " ";
        sql.append("(instr(' ' || x.public_text || ' ', ").value(needle).append(") > 0");
        if (withInternalNotes) {
            sql.append(" OR instr(' ' || x.internal_text || ' ', ").value(needle).append(") > 0");
        }
        sql.append(")");
    }

    /** Each term through phraseto_tsquery on the public words and, for agents, the internal ones. */
    private static void postgresText(Sql sql, SearchTerms terms, boolean withInternalNotes) {
        for (SearchTerms.Term term : terms.terms()) {
            String phrase = String.join(" ", term.words());
            sql.append(term.excluded() ? " AND t.number NOT IN" : " AND t.number IN")
                    .append(" (SELECT ticket_number FROM ticket_text WHERE public_words @@ phraseto_tsquery('simple', ")
                    .value(phrase).append(")");
            if (withInternalNotes) {
                sql.append(" OR internal_words @@ phraseto_tsquery('simple', ").value(phrase).append(")");
            }
            sql.append(")");
        }
    }

    /** The rank part of the priority sort key: the priority's position in the order, -1 when it has none. */
    private static String rank(TicketQuery query) {
        StringBuilder rank = new StringBuilder("(CASE t.priority");
        List<String> order = query.priorityOrder();
        for (int i = 0; i < order.size(); i++) {
            // codes are checked option codes ([a-z0-9_-]), written as literals so the expression can repeat
            rank.append(" WHEN '").append(order.get(i).replace("'", "''")).append("' THEN ").append(i);
        }
        return rank.append(" ELSE -1 END)").toString();
    }

    /** Other sorts rank every ticket 0, so a cursor's rank alone may decide (a hand-made cursor may hold any). */
    private static void afterAtRankZero(Sql sql, String time, SortKey cursor) {
        if (cursor.rank() > 0) {
            return;
        }
        if (cursor.rank() < 0) {
            sql.append(" AND 1 = 0");
            return;
        }
        sql.append(" AND (" + time + " < ").value(cursor.time())
                .append(" OR (" + time + " = ").value(cursor.time())
                .append(" AND t.number < ").value(cursor.number()).append("))");
    }

    private static void after(Sql sql, String rank, String time, SortKey cursor) {
        sql.append(" AND (" + rank + " < ").value(cursor.rank())
                .append(" OR (" + rank + " = ").value(cursor.rank())
                .append(" AND (" + time + " < ").value(cursor.time())
                .append(" OR (" + time + " = ").value(cursor.time())
                .append(" AND t.number < ").value(cursor.number()).append("))))");
    }

    private static List<String> ids(Set<CategoryId> categories) {
        return categories.stream().map(CategoryId::value).sorted().toList();
    }
}
