package dev.helpdesk.web;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.port.CaptchaVerifier;
import dev.helpdesk.core.port.IdentityResolver;
import dev.helpdesk.core.port.RateLimiter;
import dev.helpdesk.web.internal.PortalSettings;
import java.time.Duration;

/**
 * What a host sets when it mounts the portal: {@code config.registerPlugin(new HelpdeskPortal(c -> { ... }))}.
 * Only {@link #helpdesk} is required.
 */
public final class PortalConfig {
    /** The services the portal shows; required. */
    public Helpdesk helpdesk;
    /** Where the portal lives in the host's app, such as {@code /support}; {@code ""} for the root. */
    public String prefix = "/support";
    /** Lets the host supply its signed-in user; by default the portal's own sign-in is used. */
    public IdentityResolver identity;
    /** Guards the new-ticket form; by default a self-hosted proof of work that works offline. */
    public CaptchaVerifier captcha;
    /**
     * Limits attempts per client for the forms whose codes have no address to count by (reset and welcome codes);
     * {@code null} leaves only the limits of the account service.
     */
    public RateLimiter rateLimiter;
    /**
     * Marks the portal's cookies {@code Secure}. By default ({@code null}) they are whenever the portal's base URL
     * (core's portal settings) is https; {@code true} or {@code false} forces it either way.
     */
    public Boolean secureCookies;
    /** The CSP {@code frame-ancestors} sources, e.g. {@code 'self' https://app.example.com} to embed in a frame. */
    public String frameAncestors = "'self'";
    /** A session ends after this long without a request (OWASP: as short as the use allows). */
    public Duration sessionIdle = Duration.ofHours(2);
    /** A session ends this long after sign-in however active it is (its absolute lifetime): a working day. */
    public Duration sessionLifetime = Duration.ofHours(12);
    /**
     * How long a node keeps a session it read from storage before reading it again: a sign-out or a new password on
     * another node takes effect here within this time (on the same node at once). {@code Duration.ZERO} reads
     * storage on every request.
     */
    public Duration sessionCacheTtl = Duration.ofSeconds(5);
    /** The largest single upload. */
    public long maxFileBytes = 10L * 1024 * 1024;
    /** The most files in one form. */
    public int maxFiles = 5;
    /** The largest whole form with its files. */
    public long maxRequestBytes = 30L * 1024 * 1024;
    /** The organization name shown at the top of the sidebar when the contact has none. */
    public String brandName = "Helpdesk";

    /** A copy of these fields for the running portal. */
    PortalSettings settings() {
        return new PortalSettings(helpdesk, identity, captcha, rateLimiter, secureCookies, frameAncestors, sessionIdle,
                sessionLifetime, sessionCacheTtl, maxFileBytes, maxFiles, maxRequestBytes,
                brandName);
    }

    WebConfig webConfig() {
        return new WebConfig(prefix);
    }
}
