package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.port.RateLimit;
import dev.helpdesk.core.port.RateLimiter;
import java.time.Duration;
import java.util.List;

/**
 * The per-client half of {@link SignInThrottling}, on the {@link RateLimiter} port: only failures take from the
 * buckets, and an attempt is refused before its password is checked when a bucket of its client is empty. The
 * account's half is on the account itself, in storage ({@link AccountService}).
 */
final class SignInThrottle {
    private final RateLimiter limiter;
    private final SignInThrottling rules;

    SignInThrottle(RateLimiter limiter, SignInThrottling rules) {
        this.limiter = limiter;
        this.rules = rules;
    }

    /**
     * Refuses the attempt when this client failed too often lately, for this address or for any.
     *
     * @throws RateLimitedException with the longest wait of the tiers that are out
     */
    void checkBackOff(EmailAddress address, ClientKey client) {
        Duration wait = Duration.ZERO;
        wait = longest(wait, rules.pairBackOff(), pair(address, client));
        wait = longest(wait, rules.clientBackOff(), client.value());
        if (!wait.isZero()) {
            throw new RateLimitedException("Too many failed sign-ins from this client lately; wait and try again",
                    wait);
        }
    }

    /** Whether this client failed often enough lately, for this address or for any, to be asked for the captcha. */
    boolean clientNeedsCaptcha(EmailAddress address, ClientKey client) {
        return !limiter.peek(rules.pairCaptcha(), pair(address, client)).allowed()
                || !limiter.peek(rules.clientCaptcha(), client.value()).allowed();
    }

    /**
     * Counts a failure of this client; returns whether it also counts against the account (each client counts a few
     * at most, so that one client alone never makes the account ask everyone for the captcha).
     */
    boolean failed(EmailAddress address, ClientKey client) {
        String pair = pair(address, client);
        rules.pairBackOff().forEach(limit -> limiter.tryAcquire(limit, pair));
        rules.clientBackOff().forEach(limit -> limiter.tryAcquire(limit, client.value()));
        limiter.tryAcquire(rules.pairCaptcha(), pair);
        limiter.tryAcquire(rules.clientCaptcha(), client.value());
        return limiter.tryAcquire(rules.accountShare(), pair).allowed();
    }

    private Duration longest(Duration wait, List<RateLimit> tiers, String key) {
        Duration longest = wait;
        for (RateLimit tier : tiers) {
            RateLimiter.Decision decision = limiter.peek(tier, key);
            if (!decision.allowed() && decision.retryAfter().compareTo(longest) > 0) {
                longest = decision.retryAfter();
            }
        }
        return longest;
    }

    private static String pair(EmailAddress address, ClientKey client) {
        return address.value() + "\u0000" + client.value();
    }
}
