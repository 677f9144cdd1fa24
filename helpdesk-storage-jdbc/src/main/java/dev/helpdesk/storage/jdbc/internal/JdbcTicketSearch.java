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
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link TicketQuery} as one SQL statement: the viewer's scope, the filter, the search words through the
 * full-text index (FTS5 or tsvector), the sort key and the cursor. It selects exactly what
 * {@link TicketQuery#matches} accepts; the storage contract suite checks that on generated data.
 */
public final class JdbcTicketSearch implements TicketSearch {
    private final Database database;

    public JdbcTicketSearch(Database database) {
        this.database = database;
    }

    @Override
    public List<TicketSummary> search(TicketQuery query) {
        Sql sql = new Sql("SELECT " + TicketRows.SUMMARY_COLUMNS + " FROM ticket t WHERE 1 = 1");
        scope(sql, query.scope());
        filter(sql, query.filter());
        query.text().ifPresent(terms -> text(sql, terms, query.scope().includesInternalNotes()));
        String time = query.sort() == TicketSort.CREATED ? "t.created_at" : "t.updated_at";
        if (query.sort() == TicketSort.PRIORITY) {
            String rank = rank(query);
            query.after().ifPresent(cursor -> after(sql, rank, time, cursor));
            sql.append(" ORDER BY " + rank + " DESC, " + time + " DESC, t.number DESC LIMIT ").value(query.limit());
        } else {
            query.after().ifPresent(cursor -> afterAtRankZero(sql, time, cursor));
            sql.append(" ORDER BY " + time + " DESC, t.number DESC LIMIT ").value(query.limit());
        }
        return database.read(h -> sql.query(h).map((rs, ctx) -> TicketRows.summary(rs)).list());
    }

    private static void scope(Sql sql, VisibilityScope scope) {
        if (scope instanceof VisibilityScope.Everything) {
            return;
        }
        if (scope instanceof VisibilityScope.Staff) {
            VisibilityScope.Staff staff = (VisibilityScope.Staff) scope;
            sql.append(" AND (t.assigned_agent = ").value(staff.agent().value());
            List<String> categories = staff.categories().stream().map(CategoryId::value).sorted().toList();
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

    private static void filter(Sql sql, TicketFilter filter) {
        if (!filter.statuses().isEmpty()) {
            sql.append(" AND t.status IN ").values(filter.statuses().stream().sorted().toList());
        }
        filter.category().ifPresent(c -> sql.append(" AND t.category = ").value(c.value()));
        filter.subcategory().ifPresent(c -> sql.append(" AND t.subcategory = ").value(c.value()));
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
     * The search terms, already reduced by the domain to words of letters and digits: each is quoted as an FTS5
     * phrase (or handed to phraseto_tsquery), so nothing a person types reaches the query syntax. Plain terms
     * must occur, excluded ones must not, in the public words or, for agents, the internal ones.
     */
    private void text(Sql sql, SearchTerms terms, boolean withInternalNotes) {
        if (database.dialect() == Dialect.SQLITE) {
            String columns = withInternalNotes ? "{public_text internal_text} : " : "public_text : ";
            StringBuilder plain = new StringBuilder();
            for (SearchTerms.Term term : terms.terms()) {
                String phrase = columns + "\"" + String.join(" ", term.words()).replace("\"", "\"\"") + "\"";
                if (term.excluded()) {
                    sql.append(" AND t.number NOT IN (SELECT rowid FROM ticket_text WHERE ticket_text MATCH ")
                            .value(phrase).append(")");
                } else {
                    plain.append(plain.length() == 0 ? "" : " AND ").append(phrase);
                }
            }
            if (plain.length() > 0) {
                sql.append(" AND t.number IN (SELECT rowid FROM ticket_text WHERE ticket_text MATCH ")
                        .value(plain.toString()).append(")");
            }
            return;
        }
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
