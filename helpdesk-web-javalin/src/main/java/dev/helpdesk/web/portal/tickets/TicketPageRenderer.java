package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.web.internal.Nav;
import dev.helpdesk.web.internal.PortalError;
import dev.helpdesk.web.internal.PortalRequest;
import java.time.Instant;
import java.util.Map;

/** Shows the ticket page, as it is or with a refused form; shared by the page and its actions. */
public final class TicketPageRenderer {
    private TicketPageRenderer() {
    }

    /**
     * The ticket of the path. URLs carry the opaque {@link TicketId} (core's rule: the number people quote is
     * never an access key); something that cannot be an id is a 404 like any ticket one may not see.
     */
    public static TicketId id(PortalRequest request) {
        try {
            return TicketId.of(request.ctx().pathParam("id"));
        } catch (InvalidInputException notAnId) {
            throw PortalError.notFound();
        }
    }

    /**
     * The page's reads (the ticket, its rating and shared secrets, the viewer behind each) run as one
     * ({@code Helpdesk.reading}): one read transaction, the viewer resolved once; rendering comes after.
     */
    public static void show(PortalRequest request, TicketId id, int status, Submitted submitted) {
        String limits = limits(request);
        TicketPageModel page = request.helpdesk().reading(() -> {
            TicketView view = request.helpdesk().tickets().get(request.requireCaller(), id);
            return new TicketPageModelBuilder(request.helpdesk(), request.t(), request::url)
                    .build(request.requireCaller(), request.contact().orElseThrow(), view, submitted, limits,
                            Instant.now());
        });
        request.render(status, "ticket/page.jte", request.frame(Nav.TICKETS, "ticket.title", page.reference(),
                page.subject()), Map.of("page", page));
    }

    private static String limits(PortalRequest request) {
        Map<String, Object> limits = request.portal().uploadLimits();
        long bytes = ((Number) limits.get("maxFileBytes")).longValue();
        int files = ((Number) limits.get("maxFiles")).intValue();
        return request.t().t("ticket.reply.limits", files, Sizes.human(bytes, request.t()));
    }
}
