package dev.helpdesk.web.internal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.port.CaptchaVerifier;
import dev.helpdesk.core.port.IdentityResolver;
import dev.helpdesk.core.port.RateLimiter;
import java.time.Duration;

/**
 * What the running portal reads of the host's {@code PortalConfig}, taken once when the plugin starts: the plumbing
 * and the pages read this, so they do not depend on the plugin's package (and a later change to the host's mutable
 * config does not reach a running portal).
 */
public record PortalSettings(
        Helpdesk helpdesk,
        IdentityResolver identity,
        CaptchaVerifier captcha,
        RateLimiter rateLimiter,
        Boolean secureCookies,
        String frameAncestors,
        Duration sessionIdle,
        Duration sessionLifetime,
        Duration sessionCacheTtl,
        long maxFileBytes,
        int maxFiles,
        long maxRequestBytes,
        String brandName) {
}
