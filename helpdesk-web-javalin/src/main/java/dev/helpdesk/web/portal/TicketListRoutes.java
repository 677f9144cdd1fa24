package dev.helpdesk.web.portal;

import dev.helpdesk.core.domain.Page;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.web.internal.Access;
import dev.helpdesk.web.internal.Nav;
import dev.helpdesk.web.internal.PortalRequest;
import dev.helpdesk.web.internal.Routes;
import dev.helpdesk.web.portal.tickets.Filterable;
import dev.helpdesk.web.portal.tickets.Labels;
import dev.helpdesk.web.portal.tickets.ListParams;
import dev.helpdesk.web.portal.tickets.TicketListModel;
import dev.helpdesk.web.portal.tickets.TicketListModelBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tickets list (seeds 001 and 004): the tickets the viewer may see, filtered by a GET form (works without
 * JavaScript), searched, sorted, one page at a time. The ticket service decides what is visible; this page only
 * offers the filters the field policy allows and reads them strictly.
 */
final class TicketListRoutes {
    /** What the field policy lets customers filter by: worked out once per schema, not per request. */
    private final AtomicReference<Filters> filters = new AtomicReference<>();

    private record Filters(TicketSchema schema, Filterable filterable) {
    }

    /** What the page read: its tickets, and whether the viewer's list names requesters. */
    private record Found(Page<TicketSummaryView> page, boolean requesters) {
    }

    public void register(Routes routes) {
        routes.get("/tickets", Access.SIGNED_IN, this::show);
    }

    /**
     * The page's reads (the viewer, the tickets, the names on them) run as one ({@code Helpdesk.reading}): one read
     * transaction, the viewer resolved once and used again for the requester column; building and rendering the
     * page come after.
     */
    private void show(PortalRequest request) {
        Caller caller = request.requireCaller();
        TicketService tickets = request.helpdesk().tickets();
        TicketSchema schema = tickets.schema();
        Filterable filterable = filterable(schema);
        ListParams params = ListParams.parse(request.ctx().queryParamMap(), schema, filterable,
                name -> parameterLabel(request, filterable, name));
        // the reads hold a reader connection: the page is put together after, not while holding it
        Found found = request.helpdesk().reading(() -> new Found(tickets.list(caller, params.request()),
                tickets.seesOthersTickets(caller)));
        TicketListModel list = new TicketListModelBuilder(schema, filterable, request.t(), request::url)
                .build(params, found.page(), found.requesters(), Instant.now());
        request.render("tickets/list.jte", request.frame(Nav.TICKETS, "tickets.title"), Map.of("list", list));
    }

    private Filterable filterable(TicketSchema schema) {
        Filters known = filters.get();
        if (known == null || known.schema() != schema) {
            known = new Filters(schema, new Filterable(schema));
            filters.set(known);
        }
        return known.filterable();
    }

    /**
     * A query parameter by the label people see next to it, for "the value of Status is not valid"; a field the
     * viewer may not filter by is named as it was sent, so that the answer reveals nothing of it.
     */
    private static String parameterLabel(PortalRequest request, Filterable filterable, String name) {
        String key = "tickets.parameter." + name;
        if (request.t().has(key)) {
            return request.t().t(key);
        }
        if (name.startsWith(ListParams.FIELD_PREFIX)) {
            return filterable.field(name.substring(ListParams.FIELD_PREFIX.length()))
                    .map(field -> new Labels(request.t()).field(field)).orElse(name);
        }
        return name;
    }
}
