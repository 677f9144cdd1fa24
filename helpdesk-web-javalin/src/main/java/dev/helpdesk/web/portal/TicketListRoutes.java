package dev.helpdesk.web.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.helpdesk.core.domain.Page;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.web.internal.Access;
import dev.helpdesk.web.internal.Nav;
import dev.helpdesk.web.internal.PortalRequest;
import dev.helpdesk.web.internal.Routes;
import dev.helpdesk.web.portal.tickets.Colleagues;
import dev.helpdesk.web.portal.tickets.Filterable;
import dev.helpdesk.web.portal.tickets.Labels;
import dev.helpdesk.web.portal.tickets.ListParams;
import dev.helpdesk.web.portal.tickets.TicketListModel;
import dev.helpdesk.web.portal.tickets.TicketListModelBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The tickets list (seeds 001 and 004): the tickets the viewer may see, filtered by a GET form (works without
 * JavaScript), searched, sorted, one page at a time. The ticket service decides what is visible; this page only
 * offers the filters the field policy allows and reads them strictly.
 */
final class TicketListRoutes {
    /**
     * Whether a contact's list names requesters, remembered while the storage's data version holds: it takes two
     * directory reads, a tenth of a page made from the database, and decides only whether a column is shown, never
     * what is visible. It serves the pages the page cache has not kept (another filter, another page).
     */
    private final Cache<RequesterKey, Boolean> requesterColumn = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(30)).build();

    /** A contact at one data version: after a commit the key is new, and the entry of the old one ages out. */
    private record RequesterKey(ContactId contact, Object version) {
    }

    public void register(Routes routes) {
        routes.get("/tickets", Access.SIGNED_IN, request -> request.renderKept(this::show));
    }

    private void show(PortalRequest request) {
        Caller caller = request.requireCaller();
        TicketSchema schema = request.helpdesk().tickets().schema();
        Filterable filterable = new Filterable(schema);
        ListParams params = ListParams.parse(request.ctx().queryParamMap(), schema, filterable,
                name -> parameterLabel(request, filterable, name));
        Page<TicketSummaryView> page = request.helpdesk().tickets().list(caller, params.request());
        boolean showRequester = showsRequester(request);
        TicketListModel list = new TicketListModelBuilder(schema, filterable, request.t(), request::url)
                .build(params, page, showRequester, Instant.now());
        request.render("tickets/list.jte", request.frame(Nav.TICKETS, "tickets.title"), Map.of("list", list));
    }

    private boolean showsRequester(PortalRequest request) {
        ContactId contact = request.contact().orElseThrow();
        Object version = request.dataVersion(); // before the directory reads
        // Caffeine's own loading: one read per key even when requests of the same contact arrive together
        return requesterColumn.get(new RequesterKey(contact, version),
                key -> Colleagues.seesColleagues(request.helpdesk(), contact));
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
