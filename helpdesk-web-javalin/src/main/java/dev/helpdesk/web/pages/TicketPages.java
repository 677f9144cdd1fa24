package dev.helpdesk.web.pages;

import dev.helpdesk.core.domain.ticket.AttachmentId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.port.MarkdownRenderer;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.PlainTextRenderer;
import dev.helpdesk.web.http.Access;
import dev.helpdesk.web.http.PortalError;
import dev.helpdesk.web.http.PortalRequest;
import dev.helpdesk.web.http.Routes;
import dev.helpdesk.web.pages.tickets.Submitted;
import dev.helpdesk.web.pages.tickets.TicketActions;
import dev.helpdesk.web.pages.tickets.TicketScreen;
import java.util.Map;

/**
 * The ticket page (seeds 001 and 004) and what hangs off it: its forms, its attachments, and the Markdown preview
 * of the reply editor. Every read and change goes through the services, which answer "not found" for a ticket the
 * viewer may not see; that becomes a 404 that says nothing of the ticket.
 */
public final class TicketPages {
    /** The longest text the preview renders, the same as the longest message the ticket service accepts. */
    static final int PREVIEW_LIMIT = 50_000;

    public void register(Routes routes) {
        TicketActions actions = new TicketActions();
        routes.get("/tickets/{id}", Access.SIGNED_IN, request -> TicketScreen.show(request,
                TicketScreen.id(request), 200, Submitted.none()));
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
        TicketId ticket = TicketScreen.id(request);
        AttachmentId attachment;
        try {
            attachment = AttachmentId.of(request.ctx().pathParam("attachment"));
        } catch (InvalidInputException notAnId) {
            throw PortalError.notFound();
        }
        request.download(request.helpdesk().tickets().openAttachment(caller, ticket, attachment));
    }

    /** The reply editor's Preview tab: {@code {"html": ...}}, sanitised by the Markdown renderer. */
    private void preview(PortalRequest request) {
        request.requireCaller();
        String body = request.formRaw("body");
        if (body.length() > PREVIEW_LIMIT) {
            throw InvalidInputException.of("body", "too_long", "a message is at most " + PREVIEW_LIMIT + " characters");
        }
        MarkdownRenderer renderer = request.portal().config().markdown;
        request.json(Map.of("html", (renderer == null ? new PlainTextRenderer() : renderer).toSafeHtml(body)));
    }
}
