package dev.helpdesk.core.service;

import dev.helpdesk.core.port.RateLimit;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;

/**
 * The tunable rules of {@link AccountService}: how long codes and links live, how failed sign-ins are slowed down,
 * and the rate limits. Guice uses {@link #AccountPolicy() the defaults} unless the host binds another.
 *
 * @param resetCodeLifetime        how long a password reset code is good (15 minutes)
 * @param welcomeCodeLifetime      how long the code of a welcome e-mail is good (15 minutes; "Forgot password?"
 *                                 sends another)
 * @param emailChangeLifetime      how long the link confirming a new e-mail address is good (1 hour)
 * @param signInThrottling         back-off and captcha after failed sign-ins, per client and per account; never a lock
 * @param resetRequestLimit        "forgot password" requests per address; over it, requests are dropped silently (3
 *                                 per hour)
 * @param resetRequestClientLimit  "forgot password" requests per client, whatever the address; over it, a
 *                                 {@code RateLimitedException} (10 per hour)
 * @param resetAttemptLimit        attempts to use a reset code per address (5 per 15 minutes)
 * @param currentPasswordLimit     wrong current passwords (profile, password change) per contact, before a wait (5 per
 *                                 15 minutes)
 */
public record AccountPolicy(Duration resetCodeLifetime, Duration welcomeCodeLifetime, Duration emailChangeLifetime,
                            SignInThrottling signInThrottling, RateLimit resetRequestLimit,
                            RateLimit resetRequestClientLimit, RateLimit resetAttemptLimit,
                            RateLimit currentPasswordLimit) {
    public AccountPolicy {
        positive(resetCodeLifetime, "resetCodeLifetime");
        positive(welcomeCodeLifetime, "welcomeCodeLifetime");
        positive(emailChangeLifetime, "emailChangeLifetime");
        Objects.requireNonNull(signInThrottling, "signInThrottling");
        Objects.requireNonNull(resetRequestLimit, "resetRequestLimit");
        Objects.requireNonNull(resetRequestClientLimit, "resetRequestClientLimit");
        Objects.requireNonNull(resetAttemptLimit, "resetAttemptLimit");
        Objects.requireNonNull(currentPasswordLimit, "currentPasswordLimit");
    }

    /** The defaults. */
    @Inject
    public AccountPolicy() {
        this(Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofHours(1), SignInThrottling.DEFAULT,
                RateLimit.of("password-reset-request", 3, Duration.ofHours(1)),
                RateLimit.of("password-reset-request-client", 10, Duration.ofHours(1)),
                RateLimit.of("password-reset-attempt", 5, Duration.ofMinutes(15)),
                RateLimit.of("current-password", 5, Duration.ofMinutes(15)));
    }

    public static AccountPolicy defaults() {
        return new AccountPolicy();
    }

    public AccountPolicy withResetCodeLifetime(Duration value) {
        return new AccountPolicy(value, welcomeCodeLifetime, emailChangeLifetime, signInThrottling, resetRequestLimit,
                resetRequestClientLimit, resetAttemptLimit, currentPasswordLimit);
    }

    public AccountPolicy withWelcomeCodeLifetime(Duration value) {
        return new AccountPolicy(resetCodeLifetime, value, emailChangeLifetime, signInThrottling, resetRequestLimit,
                resetRequestClientLimit, resetAttemptLimit, currentPasswordLimit);
    }

    public AccountPolicy withEmailChangeLifetime(Duration value) {
        return new AccountPolicy(resetCodeLifetime, welcomeCodeLifetime, value, signInThrottling, resetRequestLimit,
                resetRequestClientLimit, resetAttemptLimit, currentPasswordLimit);
    }

    public AccountPolicy withSignInThrottling(SignInThrottling value) {
        return new AccountPolicy(resetCodeLifetime, welcomeCodeLifetime, emailChangeLifetime, value, resetRequestLimit,
                resetRequestClientLimit, resetAttemptLimit, currentPasswordLimit);
    }

    public AccountPolicy withResetRequestLimit(RateLimit value) {
        return new AccountPolicy(resetCodeLifetime, welcomeCodeLifetime, emailChangeLifetime, signInThrottling, value,
                resetRequestClientLimit, resetAttemptLimit, currentPasswordLimit);
    }

    public AccountPolicy withResetRequestClientLimit(RateLimit value) {
        return new AccountPolicy(resetCodeLifetime, welcomeCodeLifetime, emailChangeLifetime, signInThrottling,
                resetRequestLimit, value, resetAttemptLimit, currentPasswordLimit);
    }

    public AccountPolicy withResetAttemptLimit(RateLimit value) {
        return new AccountPolicy(resetCodeLifetime, welcomeCodeLifetime, emailChangeLifetime, signInThrottling,
                resetRequestLimit, resetRequestClientLimit, value, currentPasswordLimit);
    }

    public AccountPolicy withCurrentPasswordLimit(RateLimit value) {
        return new AccountPolicy(resetCodeLifetime, welcomeCodeLifetime, emailChangeLifetime, signInThrottling,
                resetRequestLimit, resetRequestClientLimit, resetAttemptLimit, value);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
