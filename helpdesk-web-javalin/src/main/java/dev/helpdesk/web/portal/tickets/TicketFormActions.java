package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.domain.policy.FieldAccess;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.service.AddMessage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.NewAttachment;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.web.internal.PortalError;
import dev.helpdesk.web.internal.PortalRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ticket page's forms. Each one that works redirects back to the page with a message (so a reload sends
 * nothing twice); one refused for its input shows the page again, 400, with what was typed and the errors next
 * to the fields; a change someone made meanwhile or a state that no longer allows it shows the page again with
 * a message (409). Not found and not allowed go to the one error mapping.
 */
public final class TicketFormActions {

    public void reply(PortalRequest request) {
        Caller caller = request.requireCaller();
        TicketId id = TicketPageRenderer.id(request);
        String body = request.formRaw("body");
        Map<String, List<String>> typed = Map.of("body", List.of(body));
        try {
            List<NewAttachment> files = request.files("attachments");
            request.helpdesk().tickets().reply(caller, AddMessage.of(id, body).withAttachments(files));
        } catch (InvalidInputException refused) {
            refuse(request, id, 400, Submitted.refused(Submitted.REPLY, typed, Submitted.messages(refused, request.t())));
            return;
        } catch (ConflictException conflict) {
            refuse(request, id, 409, Submitted.problem(Submitted.REPLY, typed, Submitted.problemText(conflict, request.t())));
            return;
        }
        done(request, id, "ticket.reply.sent");
    }

    public void fields(PortalRequest request) {
        Caller caller = request.requireCaller();
        TicketId id = TicketPageRenderer.id(request);
        TicketService tickets = request.helpdesk().tickets();
        TicketView view = tickets.get(caller, id);
        Map<String, List<String>> posted = new LinkedHashMap<>(request.ctx().formParamMap());
        long version = version(request);
        try {
            FieldInputs changes = new PropertyForm(tickets.schema())
                    .changes(view, view.canReply() || view.canResolve(), posted);
            if (changes.isEmpty()) {
                done(request, id, "ticket.properties.unchanged");
                return;
            }
            tickets.updateFields(caller, id, version, changes);
        } catch (InvalidInputException refused) {
            Map<String, String> errors = Submitted.messages(refused, request.t());
            Submitted submitted = new Submitted(Submitted.FIELDS, posted, errors,
                    notOnThePage(view, errors) ? Optional.of(request.t().t("ticket.properties.not_editable"))
                            : Optional.empty());
            refuse(request, id, 400, submitted);
            return;
        } catch (ConflictException conflict) {
            // the values shown are then the ones stored now, which the person should look at before saving again
            refuse(request, id, 409, Submitted.problem("", Map.of(), Submitted.problemText(conflict, request.t())));
            return;
        }
        done(request, id, "ticket.properties.saved");
    }

    public void resolve(PortalRequest request) {
        Caller caller = request.requireCaller();
        TicketId id = TicketPageRenderer.id(request);
        try {
            request.helpdesk().tickets().markResolved(caller, id);
        } catch (ConflictException conflict) {
            refuse(request, id, 409, Submitted.problem("", Map.of(), Submitted.problemText(conflict, request.t())));
            return;
        }
        request.flash("ticket.resolve.done");
        request.redirect("/tickets/" + id.value() + "#rating");
    }

    public void rate(PortalRequest request) {
        Caller caller = request.requireCaller();
        TicketId id = TicketPageRenderer.id(request);
        String score = request.form("score");
        String comment = request.formRaw("comment");
        Map<String, List<String>> typed = Map.of("score", List.of(score), "comment", List.of(comment));
        try {
            request.helpdesk().ratings().rate(caller, id, score(score), comment);
        } catch (InvalidInputException refused) {
            refuse(request, id, 400, Submitted.refused(Submitted.RATING, typed, Submitted.messages(refused, request.t())));
            return;
        } catch (ConflictException conflict) {
            refuse(request, id, 409, Submitted.problem(Submitted.RATING, typed,
                    Submitted.problemText(conflict, request.t())));
            return;
        }
        request.flash("ticket.rating.thanks");
        request.redirect("/tickets/" + id.value() + "#rating");
    }

    public void share(PortalRequest request) {
        Caller caller = request.requireCaller();
        TicketId id = TicketPageRenderer.id(request);
        String label = request.form("label");
        char[] secret = request.formRaw("secret").toCharArray();
        try {
            request.helpdesk().secretShares().share(caller, id, label, secret);
        } catch (InvalidInputException refused) {
            refuse(request, id, 400, Submitted.refused(Submitted.SECRET, Map.of("label", List.of(label)),
                    Submitted.messages(refused, request.t())));
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        done(request, id, "ticket.secret.shared");
    }

    /** A score as the form sends it; a missing one is left to the rating service, which names the field. */
    private static Score score(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Score.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("score", "not_an_option", "choose unhappy, neutral or happy");
        }
    }

    private static long version(PortalRequest request) {
        try {
            return Long.parseLong(request.form("version"));
        } catch (NumberFormatException e) {
            throw PortalError.badParameter("version");
        }
    }

    /** Whether an error names a field the page shows no input for (view-only, hidden or unknown). */
    private static boolean notOnThePage(TicketView view, Map<String, String> errors) {
        return errors.keySet().stream().anyMatch(field -> view.fields().stream()
                .noneMatch(f -> f.ref().name().equals(field) && f.access()
                        == FieldAccess.EDITABLE));
    }

    private static void refuse(PortalRequest request, TicketId id, int status, Submitted submitted) {
        TicketPageRenderer.show(request, id, status, submitted);
    }

    private static void done(PortalRequest request, TicketId id, String message) {
        request.flash(message);
        request.redirect("/tickets/" + id.value());
    }
}
