package dev.helpdesk.web.portal.newticket;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldRule;
import dev.helpdesk.web.captcha.ProofOfWorkCaptcha;
import dev.helpdesk.web.internal.PortalError;
import dev.helpdesk.web.internal.PortalRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the new-ticket steps of one request share: the signed-in contact, the categories they may use, the schema's
 * texts in their language, and the building of the form's model.
 */
final class FormContext {
    final PortalRequest request;
    final Helpdesk helpdesk;
    final Contact contact;
    final CategoryChoice choice;
    final SchemaTexts texts;
    final FormFields fields;

    private FormContext(PortalRequest request, Contact contact) {
        this.request = request;
        this.helpdesk = request.helpdesk();
        this.contact = contact;
        this.choice = new CategoryChoice(helpdesk.schema().categories(), contact);
        this.texts = new SchemaTexts(request.t());
        this.fields = new FormFields(helpdesk.schema(),
                helpdesk.portalSettings().get().withTypesOf(helpdesk.schema()).customerTicketTypes(), texts);
    }

    static FormContext of(PortalRequest request) {
        var id = request.contact().orElseThrow(() -> new PortalError(401, "sign_in_required"));
        Contact contact = request.helpdesk().directory().contact(id).orElseThrow(PortalError::notFound);
        return new FormContext(request, contact);
    }

    CategoryCard card(Category category, String path) {
        return new CategoryCard(category.id().value(), texts.categoryName(category), texts.categoryHelp(category),
                path);
    }

    static String formPath(Category category, Optional<Category> sub) {
        return "/tickets/new/" + category.id().value() + sub.map(s -> "/" + s.id().value()).orElse("");
    }

    Map<FieldDefinition, FieldRule> offered(Category category, Optional<Category> sub) {
        return fields.offered(category, sub);
    }

    /** The form with what was typed; an untouched form when {@code typed} is {@link Typed#EMPTY}. */
    NewTicketForm form(Category category, Optional<Category> sub, Typed typed, Problems problems) {
        Map<FieldDefinition, FieldRule> offered = offered(category, sub);
        List<FormField> rendered = fields.render(offered, typed.fields(), typed == Typed.EMPTY, problems.errors());
        return new NewTicketForm(card(category, formPath(category, Optional.empty())),
                sub.map(s -> card(s, formPath(category, sub))).orElse(null),
                requester(category, typed.organization()), typed.title(), typed.description(), rendered, captcha(),
                problems.errors(), problems.pageErrors(), problems.warnings(), problems.similar(),
                problems.suggestions(), attachmentsHint());
    }

    /** The stricter of the portal's upload limits and the schema's attachment policy. */
    private String attachmentsHint() {
        Map<String, Object> limits = request.portal().uploadLimits();
        var policy = helpdesk.schema().attachments();
        long files = Math.min(((Number) limits.get("maxFiles")).longValue(), policy.maxFilesPerMessage());
        long bytes = Math.min(((Number) limits.get("maxFileBytes")).longValue(), policy.maxFileBytes());
        long megabytes = Math.max(1, bytes / (1024 * 1024));
        return request.t().t("newticket.attachments.hint", files, megabytes);
    }

    private Requester requester(Category category, String chosen) {
        List<Requester.Organization> organizations = new ArrayList<>();
        for (Membership membership : choice.membershipsFor(category)) {
            String name = helpdesk.directory().organization(membership.organization()).map(Organization::name)
                    .orElse(membership.organization().value());
            organizations.add(new Requester.Organization(membership.organization().value(), name));
        }
        return new Requester(contact.displayName(), contact.email().value(), organizations, chosen);
    }

    /** A fresh challenge for every form shown: a puzzle is accepted once, and a failed submit used it up. */
    private CaptchaView captcha() {
        return CaptchaView.of(request.portal().captcha(), ProofOfWorkCaptcha.NONCE_FIELD,
                ProofOfWorkCaptcha.ANSWER_FIELD);
    }
}
