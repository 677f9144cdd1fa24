package dev.helpdesk.web.portal.newticket;

import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldRule;
import dev.helpdesk.core.domain.ticket.Channel;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.NewAttachment;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.web.internal.ErrorMapping;
import dev.helpdesk.web.internal.Nav;
import dev.helpdesk.web.internal.PortalRequest;
import dev.helpdesk.web.i18n.Translator;
import io.javalin.http.UploadedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * POST /tickets: the captcha first (a script that fails it costs the helpdesk nothing more), then the ticket
 * service. A refused form comes back (400; 429 when the contact opened too many tickets lately) with each error
 * next to its field, everything typed kept, and the warnings and suggestions the page's script would have shown.
 */
final class OpenTicketAction {

    void handle(PortalRequest request) {
        Caller caller = request.requireCaller();
        FormContext context = FormContext.of(request);
        Category category = context.choice.topLevel(request.form("category"));
        Optional<Category> sub = request.form("subcategory").isEmpty() ? Optional.empty()
                : Optional.of(context.choice.sub(category, request.form("subcategory")));
        Map<FieldDefinition, FieldRule> offered = context.offered(category, sub);
        Typed typed = Typed.from(request, offered.keySet());
        Translator t = request.t();

        if (!request.portal().captcha().verify(request.formMap())) {
            showAgain(context, category, sub, typed, Map.of("captcha", t.t("newticket.captcha.failed")), caller, 400);
            return;
        }
        try {
            List<NewAttachment> files = request.files("attachments");
            OpenTicket command = new OpenTicket(organization(typed), Optional.empty(), category.id(),
                    sub.map(Category::id), typed.title(), typed.description(),
                    context.fields.inputs(offered, typed.fields()), files, Channel.WEB);
            TicketView opened = request.helpdesk().tickets().open(caller, command);
            request.flash("newticket.created", opened.reference());
            request.redirect(TicketLinks.path(opened.id()));
        } catch (InvalidInputException invalid) {
            Map<String, String> errors = new LinkedHashMap<>(ErrorMapping.fieldMessages(invalid, t));
            requiredLeftEmpty(offered, typed, t).forEach(errors::putIfAbsent);
            showAgain(context, category, sub, typed, errors, caller, 400);
        } catch (RateLimitedException limited) {
            // too many tickets lately (core's TicketOpeningLimits): the form again, all typed kept, to send later
            request.ctx().header("Retry-After", String.valueOf(limited.retryAfterSeconds()));
            long minutes = Math.max(1, (limited.retryAfterSeconds() + 59) / 60);
            showAgain(context, category, sub, typed, Map.of("limit", t.t("newticket.rate_limited", minutes)), caller,
                    429);
        }
    }

    private void showAgain(FormContext context, Category category, Optional<Category> sub, Typed typed,
            Map<String, String> errors, Caller caller, int status) {
        PortalRequest request = context.request;
        Translator t = request.t();
        Map<String, String> shown = new LinkedHashMap<>();
        List<String> pageErrors = new ArrayList<>();
        List<String> onForm = onForm(context.offered(category, sub));
        errors.forEach((field, message) -> {
            if (onForm.contains(field)) {
                shown.put(field, message);
            } else {
                pageErrors.add(message);
            }
        });
        if (sentFiles(request)) {
            pageErrors.add(t.t("newticket.files_not_kept"));
        }
        Advice advice = new Advice(request);
        Problems problems = new Problems(shown, pageErrors, Advice.warnings(t, typed.title(), typed.description()),
                advice.similar(caller, typed.title()),
                advice.suggestions(caller, typed.title(), typed.description()));
        NewTicketForm form = context.form(category, sub, typed, problems);
        request.render(status, "newticket/form.jte", request.frame(Nav.NEW_TICKET, "newticket.title"),
                Map.of("form", form));
    }

    /** The names of the inputs the form has, so that an error about anything else goes to the top of the form. */
    private static List<String> onForm(Map<FieldDefinition, FieldRule> offered) {
        List<String> names = new ArrayList<>(List.of("title", "description", "attachments", "captcha",
                "organization"));
        offered.keySet().forEach(field -> names.add(field.ref().name()));
        return names;
    }

    /**
     * Required fields left empty. The service stops at its first kind of problem (a missing title before any
     * field), so the form says all at once what is missing rather than one thing per submit.
     */
    private static Map<String, String> requiredLeftEmpty(Map<FieldDefinition, FieldRule> offered, Typed typed,
            Translator t) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (typed.title().isBlank()) {
            missing.put("title", t.t("field.required"));
        }
        offered.forEach((field, rule) -> {
            List<String> values = typed.fields().getOrDefault(field.ref().name(), List.of());
            if (rule.requiredOnCreate() && values.stream().allMatch(String::isBlank)) {
                missing.put(field.ref().name(), t.t("field.required"));
            }
        });
        return missing;
    }

    private static Optional<OrganizationId> organization(Typed typed) {
        if (typed.organization().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrganizationId.of(typed.organization()));
        } catch (InvalidInputException | IllegalArgumentException notAnId) {
            throw InvalidInputException.of("organization", "unknown", "there is no such organization");
        }
    }

    /** Whether the refused form carried files, which the browser will not send again by itself. */
    private static boolean sentFiles(PortalRequest request) {
        if (!request.ctx().isMultipartFormData()) {
            return false;
        }
        for (UploadedFile file : request.ctx().uploadedFiles("attachments")) {
            if (file.size() > 0 || !file.filename().isBlank()) {
                return true;
            }
        }
        return false;
    }
}
