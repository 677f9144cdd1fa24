package dev.helpdesk.web;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.port.CaptchaVerifier;
import dev.helpdesk.core.port.IdentityResolver;
import dev.helpdesk.core.port.MarkdownRenderer;
import dev.helpdesk.core.port.RateLimiter;
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
    /**
     * Renders the reply editor's preview: give it the renderer given to {@code Helpdesk.builder().markdown(..)}, so
     * the preview shows what the message will look like (the facade does not hand its renderer out). Without one
     * the preview shows the text as plain paragraphs, as core does without a Markdown library.
     */
    public MarkdownRenderer markdown;
    /** Guards the new-ticket form; by default a self-hosted proof of work that works offline. */
    public CaptchaVerifier captcha;
    /**
     * Limits attempts per client for the forms whose codes have no address to count by (reset and welcome codes);
     * {@code null} leaves only the limits of the account service.
     */
    public RateLimiter rateLimiter;
    /** Marks the session cookie {@code Secure}: set it whenever the portal is served over HTTPS. */
    public boolean secureCookies;
    /** The CSP {@code frame-ancestors} sources, e.g. {@code 'self' https://app.example.com} to embed in a frame. */
    public String frameAncestors = "'self'";
    /** A session ends after this long without a request. */
    public Duration sessionIdle = Duration.ofHours(8);
    /** The most sessions kept at once; the least recently used are forgotten beyond it. */
    public long maxSessions = 100_000;
    /** The largest single upload. */
    public long maxFileBytes = 10L * 1024 * 1024;
    /** The most files in one form. */
    public int maxFiles = 5;
    /** The largest whole form with its files. */
    public long maxRequestBytes = 30L * 1024 * 1024;
    /** The organization name shown at the top of the sidebar when the contact has none. */
    public String brandName = "Helpdesk";

    WebConfig webConfig() {
        return new WebConfig(prefix);
    }
}
