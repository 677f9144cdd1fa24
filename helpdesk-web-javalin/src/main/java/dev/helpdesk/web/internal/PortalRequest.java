package dev.helpdesk.web.internal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.NewAttachment;
import dev.helpdesk.web.i18n.Translator;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request to the portal as page handlers see it: who is asking, in which language, the form they sent,
 * and how to answer (render a template, redirect, send JSON or a file).
 */
public final class PortalRequest {
    private static final String HTML = "text/html; charset=utf-8";
    private final Portal portal;
    private final Context ctx;
    private final Translator translator;
    private PortalSession session;
    private final Optional<ContactId> contact;
    private String anonymousCsrf;
    private Optional<String> flash;

    PortalRequest(Portal portal, Context ctx, PortalSession session, Optional<ContactId> contact,
            Translator translator) {
        this.portal = portal;
        this.ctx = ctx;
        this.session = session;
        this.contact = contact;
        this.translator = translator;
    }

    public Context ctx() {
        return ctx;
    }

    public Helpdesk helpdesk() {
        return portal.helpdesk();
    }

    public Portal portal() {
        return portal;
    }

    public Translator t() {
        return translator;
    }

    /** The signed-in contact as a caller of the services, if any. */
    public Optional<Caller> caller() {
        return contact.map(Caller::contact);
    }

    /** The signed-in contact as a caller; the routes that need it are only reached signed in. */
    public Caller requireCaller() {
        return caller().orElseThrow(() -> new PortalError(401, "sign_in_required"));
    }

    public Optional<ContactId> contact() {
        return contact;
    }

    /** The signed-in session, if any: a visitor who is not signed in has none (no server state). */
    public Optional<PortalSession> session() {
        return Optional.ofNullable(session);
    }

    PortalSession currentSession() {
        return session;
    }

    /** After sign-in, a new password or sign-out (null): the session the rest of this request uses. */
    void replaceSession(PortalSession replacement) {
        session = replacement;
        anonymousCsrf = null;
    }

    /**
     * The token this request's forms carry: the session's, or for a visitor who is not signed in a signed
     * double-submit token, also set in a cookie.
     */
    public String csrfToken() {
        if (session != null) {
            return session.csrfToken();
        }
        if (anonymousCsrf == null) {
            anonymousCsrf = portal.anonymousCsrfToken(ctx);
        }
        return anonymousCsrf;
    }

    /** Speaks {@code language} from now on: in the session if signed in, and on the signed-out pages. */
    public void chooseLanguage(Language language) {
        session = portal.chooseLanguage(ctx, session, language);
    }

    /** A link inside the portal: {@code url("/tickets")} is {@code /support/tickets}. */
    public String url(String path) {
        return portal.prefix() + path;
    }

    /** The layout's data for a page titled by the text of {@code titleKey} (with arguments). */
    public Frame frame(Nav nav, String titleKey, Object... args) {
        PortalSession current = session;
        return new Frame(translator, translator.t(titleKey, args), nav, csrfToken(), portal.prefix(),
                contact.flatMap(c -> Optional.ofNullable(current).map(PortalSession::displayName)),
                organization(current), takeFlash(), portal.hostIdentity());
    }

    private String organization(PortalSession current) {
        return current == null || current.organizationName().isEmpty() ? portal.settings().brandName()
                : current.organizationName();
    }

    /** The message kept for this page, once (the first page of the request to ask shows it). */
    private Optional<String> takeFlash() {
        if (flash == null) {
            flash = portal.takeFlash(ctx);
            return flash;
        }
        return Optional.empty();
    }

    /** Renders {@code template} (such as {@code "tickets/list.jte"}) with the frame and the page's own values. */
    public void render(String template, Frame frame, Map<String, Object> model) {
        Map<String, Object> params = new HashMap<>(model);
        params.put("frame", frame);
        PageOutput page = portal.templates().render(template, params);
        ctx.contentType(HTML);
        page.writeTo(ctx);
    }

    /** The same with a status other than 200, e.g. 400 for a form shown again with its errors. */
    public void render(int status, String template, Frame frame, Map<String, Object> model) {
        ctx.status(status);
        render(template, frame, model);
    }

    /** 303 See Other to a portal path, the answer to a form that worked. */
    public void redirect(String path) {
        ctx.redirect(url(path), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** Shows {@code key}'s text once on the next page. */
    public void flash(String key, Object... args) {
        flashText(translator.t(key, args));
    }

    /** Shows this text, already translated, once on the next page (a cookie: whichever node serves it shows it). */
    public void flashText(String message) {
        portal.flash(ctx, message);
    }

    /** A form field, stripped; empty when absent. */
    public String form(String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }

    /** A form field exactly as typed (Markdown bodies keep their spacing); empty when absent. */
    public String formRaw(String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    /** Every value of a repeated field (checkboxes, multi-selects). */
    public List<String> formList(String name) {
        return ctx.formParams(name);
    }

    /** Every form field's first value, e.g. for the captcha. */
    public Map<String, String> formMap() {
        Map<String, String> map = new HashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) {
                map.put(k, v.get(0));
            }
        });
        return map;
    }

    /**
     * The files sent in {@code field}, with their sniffed types, checked against the portal's count and size
     * limits.
     *
     * @throws InvalidInputException naming {@code field} ({@code too_many} or {@code too_large}) so the form can
     *                               be shown again with what was typed
     */
    public List<NewAttachment> files(String field) {
        return portal.uploads().read(ctx, field);
    }

    /** Sends JSON (the small script endpoints). */
    public void json(Object value) {
        ctx.contentType("application/json; charset=utf-8").result(portal.toJson(value));
    }

    /** Sends a stored file as a download with safe headers. */
    public void download(dev.helpdesk.core.service.AttachmentDownload download) {
        Downloads.send(ctx, download);
    }
}
