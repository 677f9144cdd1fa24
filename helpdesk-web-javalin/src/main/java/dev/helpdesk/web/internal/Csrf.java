package dev.helpdesk.web.internal;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The CSRF check of every POST, and the token of a visitor who is not signed in. */
final class Csrf {
    /** The signed double-submit CSRF token of a visitor who is not signed in. */
    static final String CSRF_COOKIE = "hd_csrf";

    /** Makes a portal cookie (path, flags) as the portal does for all of its cookies. */
    interface Cookies {
        Cookie make(String name, String value, int maxAgeSeconds);
    }

    private final Signer signer;
    private final Cookies cookies;

    Csrf(Signer signer, Cookies cookies) {
        this.signer = signer;
        this.cookies = cookies;
    }

    /**
     * A signed-in session's forms carry its own token (kept in storage); a visitor who is not signed in has no
     * server state, so their forms carry a signed double-submit token: the same value in the form and in the
     * {@value #CSRF_COOKIE} cookie, signed by the portal, which another site can neither read nor make.
     */
    void check(Context ctx, PortalSession session) {
        String sent = ctx.header("X-CSRF-Token");
        if (sent == null) {
            sent = ctx.formParam("_csrf");
        }
        boolean valid;
        if (session != null) {
            valid = sent != null && same(sent, session.csrfToken());
        } else {
            String cookie = ctx.cookie(CSRF_COOKIE);
            valid = sent != null && cookie != null && same(sent, cookie) && signer.isCsrfToken(cookie);
        }
        if (!valid) {
            throw new PortalError(403, "csrf");
        }
    }

    private static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** The anonymous visitor's CSRF token: the one in their cookie if this portal signed it, else a new one. */
    String anonymousToken(Context ctx) {
        String cookie = ctx.cookie(CSRF_COOKIE);
        if (cookie != null && signer.isCsrfToken(cookie)) {
            return cookie;
        }
        String token = signer.newCsrfToken();
        ctx.cookie(cookies.make(CSRF_COOKIE, token, -1));
        return token;
    }
}
