package dev.helpdesk.core.service;

import dev.helpdesk.core.port.RateLimit;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How {@link AccountService#signIn} slows down password guessing without ever locking anyone out (OWASP's
 * authentication cheat sheet): failures are counted per address and client, per client, and per account, and only
 * failures count. A client that fails is slowed down, then asked for the captcha; the right password from a client
 * that has not failed is never refused. Only an account failed by many clients at once asks every client for the
 * captcha, and with it solved the right password still signs in.
 *
 * @param pairBackOff      failures per address and client; each limit is a tier, so the wait grows as the longer
 *                         ones run out (3 a minute, then 6 per half hour, then 10 a day)
 * @param clientBackOff    failures per client, whatever the address (10 a minute, then 30 an hour, then 100 a day)
 * @param pairCaptcha      failures per address and client before that client must solve the captcha (5 an hour)
 * @param clientCaptcha    failures per client before it must solve the captcha for every address (20 an hour)
 * @param accountShare     how many failures of one client count against the account (3 an hour): one client alone
 *                         cannot bring the account to {@code accountCaptchaAt}
 * @param accountCaptchaAt counted failures from which every client must solve the captcha for this account (10)
 * @param accountWindow    how long a counted failure is remembered after the last one (1 hour)
 */
public record SignInThrottling(List<RateLimit> pairBackOff, List<RateLimit> clientBackOff, RateLimit pairCaptcha,
                               RateLimit clientCaptcha, RateLimit accountShare, int accountCaptchaAt,
                               Duration accountWindow) {
    public static final SignInThrottling DEFAULT = new SignInThrottling(
            List.of(RateLimit.of("sign-in-pair-1", 3, Duration.ofMinutes(1)),
                    RateLimit.of("sign-in-pair-2", 6, Duration.ofMinutes(30)),
                    RateLimit.of("sign-in-pair-3", 10, Duration.ofDays(1))),
            List.of(RateLimit.of("sign-in-client-1", 10, Duration.ofMinutes(1)),
                    RateLimit.of("sign-in-client-2", 30, Duration.ofHours(1)),
                    RateLimit.of("sign-in-client-3", 100, Duration.ofDays(1))),
            RateLimit.of("sign-in-pair-captcha", 5, Duration.ofHours(1)),
            RateLimit.of("sign-in-client-captcha", 20, Duration.ofHours(1)),
            RateLimit.of("sign-in-account-share", 3, Duration.ofHours(1)),
            10, Duration.ofHours(1));

    public SignInThrottling {
        pairBackOff = List.copyOf(pairBackOff);
        clientBackOff = List.copyOf(clientBackOff);
        Objects.requireNonNull(pairCaptcha, "pairCaptcha");
        Objects.requireNonNull(clientCaptcha, "clientCaptcha");
        Objects.requireNonNull(accountShare, "accountShare");
        Objects.requireNonNull(accountWindow, "accountWindow");
        if (accountCaptchaAt < 1) {
            throw new IllegalArgumentException("accountCaptchaAt must be at least 1, not " + accountCaptchaAt);
        }
        if (accountWindow.isNegative() || accountWindow.isZero()) {
            throw new IllegalArgumentException("accountWindow must be positive, not " + accountWindow);
        }
    }
}
