package dev.helpdesk.web.internal;

import static dev.helpdesk.web.internal.LanguageAndZone.LANGUAGE_COOKIE;
import static dev.helpdesk.web.internal.LanguageAndZone.explicitLanguage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.session.Principal;
import dev.helpdesk.core.port.CaptchaVerifier;
import dev.helpdesk.core.port.IdentityResolver;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ProfileView;
import dev.helpdesk.core.service.SignedIn;
import dev.helpdesk.core.service.StartSession;
import dev.helpdesk.web.captcha.ProofOfWorkCaptcha;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The running portal: its configuration, sessions, texts and templates, and {@link #handle}, which every route
 * goes through.
 */
public final class Portal {
    static final String SESSION_COOKIE = "hd_session";
    /** A signed message to show once on the next page. */
    static final String FLASH_COOKIE = "hd_flash";
    private static final int A_YEAR = 365 * 24 * 3600;

    private final PortalSettings settings;
    private final String prefix;
    private final Helpdesk helpdesk;
    private final SessionStore sessions;
    private final Signer signer;
    private final Csrf csrf;
    private final LoadingCache<String, Boolean> httpsBaseUrl;
    private final Templates templates = new Templates();
    private final ErrorMapping errors = new ErrorMapping();
    private final SecurityHeaders headers;
    private final Uploads uploads;
    private final CaptchaVerifier captcha;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final LanguageAndZone languages = new LanguageAndZone();

    public Portal(PortalSettings settings, String prefix) {
        this.settings = settings;
        this.prefix = prefix;
        this.helpdesk = settings.helpdesk();
        if (!positive(settings.sessionIdle()) || !positive(settings.sessionLifetime())
                || settings.sessionCacheTtl() == null || settings.sessionCacheTtl().isNegative()) {
            throw new IllegalArgumentException("PortalConfig.sessionIdle and sessionLifetime must be positive, and "
                    + "sessionCacheTtl zero or more");
        }
        this.sessions = new SessionStore(helpdesk.sessions(), settings.sessionCacheTtl());
        this.signer = new Signer(() -> helpdesk.sessions().sharedKey("portal-signing"));
        this.csrf = new Csrf(signer, this::cookie);
        // the base URL is an admin setting: read again a minute after, not on every cookie set
        this.httpsBaseUrl = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).build(
                any -> helpdesk.portalSettings().get().baseUrl().startsWith("https:"));
        this.headers = new SecurityHeaders(settings.frameAncestors());
        this.uploads = new Uploads(settings.maxFileBytes(), settings.maxFiles(), settings.maxRequestBytes());
        // the default captcha signs its puzzles with a key kept in storage, so any node checks another's puzzle
        this.captcha = settings.captcha() != null ? settings.captcha() : new ProofOfWorkCaptcha(
                ProofOfWorkCaptcha.DEFAULT_DIFFICULTY, ProofOfWorkCaptcha.DEFAULT_VALIDITY, java.time.Clock.systemUTC(),
                helpdesk.sessions().sharedKey("captcha"));
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    /** Adds the given pages' routes under the prefix, then the portal's own answer for every other path. */
    public void mount(RoutesConfig routesConfig, Consumer<Routes> pages) {
        Routes routes = new Routes(routesConfig, this);
        pages.accept(routes);
        routes.addUnrouted();
    }

    public Helpdesk helpdesk() {
        return helpdesk;
    }

    public PortalSettings settings() {
        return settings;
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
        return settings.identity() != null;
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
        PortalSession session = null;
        Optional<ContactId> contact = Optional.empty();
        PortalRequest request = null;
        try {
            session = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
            Optional<ContactId> fromHost = settings.identity() == null ? Optional.empty()
                    : settings.identity().resolve(new JavalinIdentityRequest(ctx));
            if (fromHost.isPresent()) {
                if (session == null || !session.contact().equals(fromHost)) {
                    PortalSession before = session;
                    session = startSession(ctx, fromHost.get(), chosenLanguage(fromHost.get())
                            .or(() -> explicitLanguage(ctx, before)));
                }
                contact = fromHost;
            } else if (session != null) {
                contact = session.contact();
            }
            request = new PortalRequest(this, ctx, session, contact, languages.translator(ctx, session));
            if (ctx.method() == HandlerType.POST) {
                // a body the client broke is its 4xx here, before the CSRF check reads a field of it
                RequestBody.read(ctx, uploads, settings.maxRequestBytes());
                csrf.check(ctx, session);
            }
            if (access == Access.SIGNED_IN && contact.isEmpty()) {
                boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
                if (read && !ctx.path().startsWith(prefix + "/api/")) {
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
                request = new PortalRequest(this, ctx, session, contact, languages.translator(ctx, session));
            }
            ctx.removeHeader("Content-Disposition");
            ctx.header("Content-Security-Policy", "");
            headers.apply(ctx);
            errors.send(request, failure);
        }
    }

    /**
     * No page at this path (404), or none for this method (405, {@code allowed} being the methods there are): the
     * portal's error page in the visitor's language, before any body or CSRF check.
     */
    void unrouted(Context ctx, String allowed) {
        headers.apply(ctx);
        PortalSession session = sessions.find(ctx.cookie(SESSION_COOKIE)).orElse(null);
        Optional<ContactId> contact = session == null ? Optional.empty() : session.contact();
        PortalRequest request = new PortalRequest(this, ctx, session, contact, languages.translator(ctx, session));
        errors.send(request, allowed.isEmpty() ? PortalError.notFound() : PortalError.methodNotAllowed(allowed));
    }

    /** The anonymous visitor's CSRF token: the one in their cookie if this portal signed it, else a new one. */
    String anonymousCsrfToken(Context ctx) {
        return csrf.anonymousToken(ctx);
    }

    /** Keeps a translated message for the next page, in a signed cookie: shown by whichever node serves it. */
    void flash(Context ctx, String message) {
        String text = message.length() > 1000 ? message.substring(0, 1000) : message;
        ctx.cookie(cookie(FLASH_COOKIE, signer.sealText(text), -1));
    }

    /** The message kept for this page, once: the cookie is cleared. */
    Optional<String> takeFlash(Context ctx) {
        String sealed = ctx.cookie(FLASH_COOKIE);
        if (sealed == null) {
            return Optional.empty();
        }
        ctx.cookie(cookie(FLASH_COOKIE, "", 0));
        return signer.openText(sealed);
    }

    /**
     * Speaks {@code language} from now on: in the signed-in session (every node), and in a cookie for the
     * signed-out pages, where there is no session to keep it.
     */
    PortalSession chooseLanguage(Context ctx, PortalSession session, Language language) {
        ctx.cookie(cookie(LANGUAGE_COOKIE, language.code(), A_YEAR));
        if (session == null) {
            return null;
        }
        return sessions.update(session, session.stored().withLanguage(language)).orElse(null);
    }

    /**
     * Signs {@code who} in: a new session with a new id and CSRF token (against fixation; the one before ends), their
     * name, organization and language. A language they never picked themselves is only their organization's
     * default: the browser's, or the one picked on the signed-out pages, goes on being spoken.
     */
    public void signIn(PortalRequest request, SignedIn who) {
        Optional<Language> language = who.languageChosen() ? Optional.of(who.language())
                : explicitLanguage(request.ctx(), request.currentSession());
        request.replaceSession(startSession(request.ctx(), who.contact(), language));
    }

    /**
     * After a new password, which ended every session of the person in storage (core's account service does so in
     * the same unit of work): a new session for this browser, with a new id and CSRF token.
     */
    public void renewSession(PortalRequest request) {
        PortalSession current = request.currentSession();
        ContactId who = request.contact().orElseThrow(() -> new PortalError(401, "sign_in_required"));
        sessions.forgetAllOf(Principal.contact(who));
        request.replaceSession(startSession(request.ctx(), who, explicitLanguage(request.ctx(), current)));
    }

    /** Ends the session and its cookie; the language chosen in it stays for the signed-out pages, in a cookie. */
    public void signOut(PortalRequest request) {
        PortalSession current = request.currentSession();
        if (current != null) {
            current.language().ifPresent(l -> request.ctx().cookie(cookie(LANGUAGE_COOKIE, l.code(), A_YEAR)));
        }
        sessions.end(request.ctx().cookie(SESSION_COOKIE));
        request.ctx().cookie(cookie(SESSION_COOKIE, "", 0));
        request.replaceSession(null);
    }

    /** The language the contact chose on their account, if they did. */
    private Optional<Language> chosenLanguage(ContactId id) {
        try {
            ProfileView profile = helpdesk.accounts().profile(Caller.contact(id));
            return profile.languageChosen() ? Optional.of(profile.language()) : Optional.empty();
        } catch (IllegalStateException noAccounts) {
            return Optional.empty(); // a host without accounts: the browser's language decides
        }
    }

    private PortalSession startSession(Context ctx, ContactId id, Optional<Language> language) {
        Optional<Contact> contact = helpdesk.directory().contact(id);
        Optional<Organization> organization = contact.flatMap(c -> c.memberships().stream().findFirst())
                .map(Membership::organization).flatMap(helpdesk.directory()::organization);
        PortalSession session = sessions.start(new StartSession(Principal.contact(id), language,
                contact.map(Contact::displayName).orElse(id.value()), organization.map(Organization::name).orElse(""),
                organization.map(Organization::timeZone).orElse(ZoneOffset.UTC), settings.sessionIdle(),
                settings.sessionLifetime()), ctx.cookie(SESSION_COOKIE));
        ctx.cookie(cookie(SESSION_COOKIE, session.id(), -1));
        return session;
    }

    /** A portal cookie: under the prefix, HttpOnly, SameSite=Lax, and Secure when the portal is on HTTPS. */
    private Cookie cookie(String name, String value, int maxAgeSeconds) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(prefix.isEmpty() ? "/" : prefix);
        cookie.setHttpOnly(true);
        cookie.setSecure(secureCookies());
        cookie.setSameSite(SameSite.LAX);
        cookie.setMaxAge(maxAgeSeconds);
        return cookie;
    }

    /** As the host forces it, or else whether the portal's base URL (its settings) is https. */
    private boolean secureCookies() {
        return settings.secureCookies() != null ? settings.secureCookies() : httpsBaseUrl.get("baseUrl");
    }
}
