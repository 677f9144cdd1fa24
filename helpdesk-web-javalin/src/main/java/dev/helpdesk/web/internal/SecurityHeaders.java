package dev.helpdesk.web.internal;

import io.javalin.http.Context;

/**
 * The headers on every portal response. The CSP allows nothing but the portal's own files (no inline script or
 * style, no external font or CDN); {@code frame-ancestors} is the host's choice, for embedding.
 */
final class SecurityHeaders {
    private final String csp;

    SecurityHeaders(String frameAncestors) {
        this.csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors " + frameAncestors;
    }

    void apply(Context ctx) {
        ctx.header("Content-Security-Policy", csp);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }
}
