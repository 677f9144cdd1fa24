package dev.helpdesk.web.portal;

import dev.helpdesk.core.domain.ticket.AttachmentId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.web.internal.Access;
import dev.helpdesk.web.internal.PortalError;
import dev.helpdesk.web.internal.PortalRequest;
import dev.helpdesk.web.internal.Routes;
import dev.helpdesk.web.portal.tickets.Submitted;
import dev.helpdesk.web.portal.tickets.TicketFormActions;
import dev.helpdesk.web.portal.tickets.TicketPageRenderer;
import java.util.Map;

/**
 * The ticket page (seeds 001 and 004) and what hangs off it: its forms, its attachments, and the Markdown preview
 * of the reply editor. Every read and change goes through the services, which answer "not found" for a ticket the
 * viewer may not see; that becomes a 404 that says nothing of the ticket.
 */
final class TicketRoutes {
    /** The longest text the preview renders, the same as the longest message the ticket service accepts. */
    static final int PREVIEW_LIMIT = 50_000;

    public void register(Routes routes) {
        TicketFormActions actions = new TicketFormActions();
        routes.get("/tickets/{id}", Access.SIGNED_IN, request -> TicketPageRenderer.show(request,
                TicketPageRenderer.id(request), 200, Submitted.none()));
        routes.post("/tickets/{id}/reply", Access.SIGNED_IN, actions::reply);
        routes.post("/tickets/{id}/fields", Access.SIGNED_IN, actions::fields);
        routes.post("/tickets/{id}/resolve", Access.SIGNED_IN, actions::resolve);
        routes.post("/tickets/{id}/rating", Access.SIGNED_IN, actions::rate);
        routes.post("/tickets/{id}/secrets", Access.SIGNED_IN, actions::share);
        routes.get("/tickets/{id}/attachments/{attachment}", Access.SIGNED_IN, this::download);
        routes.post("/api/preview", Access.SIGNED_IN, this::preview);
    }

    /** The ticket service checks that the viewer may see the ticket and the message that carries the file. */
    private void download(PortalRequest request) {
        Caller caller = request.requireCaller();
        TicketId ticket = TicketPageRenderer.id(request);
        AttachmentId attachment;
        try {
            attachment = AttachmentId.of(request.ctx().pathParam("attachment"));
        } catch (InvalidInputException notAnId) {
            throw PortalError.notFound();
        }
        request.download(request.helpdesk().tickets().openAttachment(caller, ticket, attachment));
    }

    /**
     * The Preview tabs of the reply editor and the new-ticket form: {@code {"html": ...}}, rendered by the helpdesk's
     * own Markdown renderer, so the preview is what the conversation will show.
     */
    private void preview(PortalRequest request) {
        request.requireCaller();
        String body = request.formRaw("body");
        if (body.length() > PREVIEW_LIMIT) {
            throw InvalidInputException.of("body", "too_long", "a message is at most " + PREVIEW_LIMIT + " characters");
        }
        request.json(Map.of("html", request.helpdesk().tickets().preview(body)));
    }
}
