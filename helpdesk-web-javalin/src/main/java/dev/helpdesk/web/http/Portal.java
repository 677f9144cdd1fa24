package dev.helpdesk.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.port.CaptchaVerifier;
import dev.helpdesk.core.port.IdentityResolver;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ProfileView;
import dev.helpdesk.core.service.SignedIn;
import dev.helpdesk.web.PortalConfig;
import dev.helpdesk.web.captcha.ProofOfWorkCaptcha;
import dev.helpdesk.web.i18n.Messages;
import dev.helpdesk.web.i18n.Translator;
import dev.helpdesk.web.pages.AccountPages;
import dev.helpdesk.web.pages.Assets;
import dev.helpdesk.web.pages.KnowledgeBasePages;
import dev.helpdesk.web.pages.LanguagePage;
import dev.helpdesk.web.pages.NewTicketPages;
import dev.helpdesk.web.pages.PasswordPages;
import dev.helpdesk.web.pages.SignInPages;
import dev.helpdesk.web.pages.TicketListPage;
import dev.helpdesk.web.pages.TicketPages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The running portal: its configuration, sessions, texts and templates, and {@link #handle}, which every route
 * goes through.
 */
public final class Portal {
    static final String SESSION_COOKIE = "hd_session";
    static final String ZONE_COOKIE = "hd_tz";
    private static final List<Locale.LanguageRange> NONE = List.of();

    private final PortalConfig config;
    private final String prefix;
    private final Helpdesk helpdesk;
    private final SessionStore sessions;
    private final Templates templates = new Templates();
    private final ErrorMapping errors = new ErrorMapping();
    private final SecurityHeaders headers;
    private final Uploads uploads;
    private final CaptchaVerifier captcha;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final Messages messages = Messages.get();

    public Portal(PortalConfig config, String prefix) {
        this.config = config;
        this.prefix = prefix;
        this.helpdesk = config.helpdesk;
        this.sessions = new SessionStore(config.sessionIdle, config.maxSessions);
        this.headers = new SecurityHeaders(config.frameAncestors);
        this.uploads = new Uploads(config.maxFileBytes, config.maxFiles, config.maxRequestBytes);
        this.captcha = config.captcha != null ? config.captcha : new ProofOfWorkCaptcha();
    }

    public void mount(RoutesConfig routesConfig) {
        Routes routes = new Routes(routesConfig, this);
        new Assets().register(routes);
        new SignInPages().register(routes);
        new PasswordPages().register(routes);
        new TicketListPage().register(routes);
        // Javalin takes the first route that matches, in the order added: /tickets/new before /tickets/{id}
        new NewTicketPages().register(routes);
        new TicketPages().register(routes);
        new KnowledgeBasePages().register(routes);
        new AccountPages().register(routes);
        new LanguagePage().register(routes);
    }

    public Helpdesk helpdesk() {
        return helpdesk;
    }

    public PortalConfig config() {
        return config;
    }

    public String prefix() {
        return prefix;
    }

    public CaptchaVerifier captcha() {
        return captcha;
    }

    Templates templates() {
        return templates;
    }

    Uploads uploads() {
        return uploads;
    }

    public java.util.Map<String, Object> uploadLimits() {
        return uploads.limits();
    }

    boolean hostIdentity() {
        return config.identity != null;
    }

    String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    void handle(Context ctx, Access access, PortalHandler handler) {
        headers.apply(ctx);
        Optional<PortalSession> found = sessions.find(ctx.cookie(SESSION_COOKIE));
        PortalSession session = found.orElse(null);
        Optional<ContactId> contact = Optional.empty();
        PortalRequest request = null;
        try {
            Optional<ContactId> fromHost = config.identity == null ? Optional.empty()
                    : config.identity.resolve(new JavalinIdentityRequest(ctx));
            if (fromHost.isPresent()) {
                if (session == null || !session.contact().equals(fromHost)) {
                    session = rotateSession(ctx, session);
                    remember(session, fromHost.get());
                }
                contact = fromHost;
            } else if (session != null) {
                contact = session.contact();
            }
            request = new PortalRequest(this, ctx, session, contact, translator(ctx, session));
            if (ctx.method() == HandlerType.POST) {
                uploads.prepare(ctx);
                checkCsrf(ctx, session);
            }
            if (access == Access.SIGNED_IN && contact.isEmpty()) {
                if (ctx.method() == HandlerType.GET && !ctx.path().startsWith(prefix + "/api/")) {
                    ctx.redirect(prefix + "/sign-in?next=" + java.net.URLEncoder.encode(
                            ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()),
                            StandardCharsets.UTF_8), io.javalin.http.HttpStatus.SEE_OTHER);
                    return;
                }
                throw new PortalError(401, "sign_in_required");
            }
            handler.handle(request);
        } catch (Exception | Error failure) {
            if (failure instanceof VirtualMachineError) {
                throw (Error) failure;
            }
            if (request == null) {
                request = new PortalRequest(this, ctx, session, contact, translator(ctx, session));
            }
            ctx.removeHeader("Content-Disposition");
            ctx.header("Content-Security-Policy", "");
            headers.apply(ctx);
            errors.send(request, failure);
        }
    }

    private void checkCsrf(Context ctx, PortalSession session) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) {
            sent = ctx.formParam("_csrf");
        }
        if (session == null || sent == null || !MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
            throw new PortalError(403, "csrf");
        }
    }

    Translator translator(Context ctx, PortalSession session) {
        Language language = session == null ? null : session.language().orElse(null);
        if (language == null) {
            language = fromAcceptLanguage(ctx.header("Accept-Language"));
        }
        return new Translator(messages, language, zone(ctx, session));
    }

    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Language.EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            ranges = NONE;
        }
        for (Locale.LanguageRange range : ranges) {
            String tag = range.getRange();
            String primary = tag.split("-", 2)[0];
            for (Language language : Language.values()) {
                if (language.code().equalsIgnoreCase(primary)) {
                    return language;
                }
            }
        }
        return Language.EN;
    }

    private ZoneId zone(Context ctx, PortalSession session) {
        String cookie = ctx.cookie(ZONE_COOKIE);
        if (cookie != null && !cookie.isBlank() && cookie.length() < 64) {
            try {
                return ZoneId.of(cookie);
            } catch (DateTimeException e) {
                // a zone the browser made up: fall through to the organization's
            }
        }
        return session == null ? ZoneOffset.UTC : session.zone();
    }

    PortalSession startSession(Context ctx) {
        SessionStore.Created created = sessions.create();
        setCookie(ctx, created.id());
        return created.session();
    }

    PortalSession rotateSession(Context ctx, PortalSession old) {
        SessionStore.Created created = sessions.rotate(ctx.cookie(SESSION_COOKIE), old);
        setCookie(ctx, created.id());
        return created.session();
    }

    /**
     * Signs {@code who} in: a new session id (against fixation), their name, organization and language. A language
     * they never picked themselves is only their organization's default: the browser's, or the one picked on the
     * signed-out pages, goes on being spoken ({@link #remember}).
     */
    public void signIn(PortalRequest request, SignedIn who) {
        remember(request.rotateSession(), who.contact());
    }

    /** Ends the session and its cookie. */
    /** Ends the session; the language chosen in it stays for the signed-out pages, in a new anonymous session. */
    public void signOut(PortalRequest request) {
        Optional<Language> chosen = sessions.find(request.ctx().cookie(SESSION_COOKIE))
                .flatMap(PortalSession::language);
        sessions.invalidate(request.ctx().cookie(SESSION_COOKIE));
        if (chosen.isPresent()) {
            startSession(request.ctx()).language(chosen.get());
            return;
        }
        Cookie cookie = sessionCookie("");
        cookie.setMaxAge(0);
        request.ctx().cookie(cookie);
    }

    private void remember(PortalSession session, ContactId id) {
        Optional<Contact> contact = helpdesk.directory().contact(id);
        Optional<Organization> organization = contact.flatMap(c -> c.memberships().stream().findFirst())
                .map(Membership::organization).flatMap(helpdesk.directory()::organization);
        Language language = null;
        try {
            ProfileView profile = helpdesk.accounts().profile(Caller.contact(id));
            language = profile.languageChosen() ? profile.language() : null;
        } catch (IllegalStateException noAccounts) {
            // a host without accounts: the browser's language decides
        }
        session.signedIn(id, contact.map(Contact::displayName).orElse(id.value()),
                organization.map(Organization::name).orElse(""),
                organization.map(Organization::timeZone).orElse(ZoneOffset.UTC), language);
    }

    private void setCookie(Context ctx, String id) {
        ctx.cookie(sessionCookie(id));
    }

    private Cookie sessionCookie(String value) {
        Cookie cookie = new Cookie(SESSION_COOKIE, value);
        cookie.setPath(prefix.isEmpty() ? "/" : prefix);
        cookie.setHttpOnly(true);
        cookie.setSecure(config.secureCookies);
        cookie.setSameSite(SameSite.LAX);
        return cookie;
    }
}
