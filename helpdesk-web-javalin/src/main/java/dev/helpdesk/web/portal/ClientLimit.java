package dev.helpdesk.web.portal;

import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.port.RateLimit;
import dev.helpdesk.core.port.RateLimiter;
import dev.helpdesk.core.service.ClientKey;
import dev.helpdesk.web.internal.PortalRequest;
import java.time.Duration;

/**
 * Attempts per client (remote address) for the forms whose codes have no address of their own to count by: the
 * account service limits reset codes per e-mail address, and welcome codes not at all. Counting by client as well
 * slows down one client trying many addresses or codes. Without a {@code PortalConfig.rateLimiter} there is no such
 * limit.
 *
 * <p>Behind a reverse proxy every request seems to come from the proxy; the host then configures Jetty to read the
 * forwarded address so that clients are told apart.
 */
final class ClientLimit {
    /** Reset-code attempts per client: more than a person mistyping needs, far too few to guess. */
    static final RateLimit RESET_CODE = RateLimit.of("portal-reset-code-per-client", 10, Duration.ofMinutes(15));
    /** Welcome-code attempts per client. */
    static final RateLimit WELCOME_CODE = RateLimit.of("portal-welcome-code-per-client", 10, Duration.ofMinutes(15));
    /** Attempts to confirm a new e-mail address per client. */
    static final RateLimit EMAIL_CODE = RateLimit.of("portal-email-code-per-client", 10, Duration.ofMinutes(15));

    private ClientLimit() {
    }

    /** The client of the request, as core counts clients: the remote address the portal sees. */
    static ClientKey client(PortalRequest request) {
        String ip = request.ctx().ip();
        return ClientKey.of(ip == null || ip.isBlank() ? "unknown" : ip);
    }

    /** Whole minutes to wait, at least 1: what the "wait" messages say. */
    static long minutes(RateLimitedException limited) {
        return Math.max(1, (limited.retryAfterSeconds() + 59) / 60);
    }

    /**
     * Takes one attempt of {@code limit} for the client of {@code request}.
     *
     * @throws RateLimitedException when the client has none left (the error mapping answers 429 with Retry-After)
     */
    static void take(PortalRequest request, RateLimit limit) {
        RateLimiter limiter = request.portal().settings().rateLimiter();
        if (limiter == null) {
            return;
        }
        RateLimiter.Decision decision = limiter.tryAcquire(limit, request.ctx().ip());
        if (!decision.allowed()) {
            throw new RateLimitedException("Too many attempts with codes from this client; wait and try again",
                    decision.retryAfter());
        }
    }
}
