package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.account.Lockout;
import dev.helpdesk.core.port.RateLimit;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Objects;

/**
 * The tunable rules of {@link AccountService}: how long codes live, when failed sign-ins lock an account, and the
 * per-address rate limits. Guice uses {@link #AccountPolicy() the defaults} unless the host binds another.
 *
 * @param resetCodeLifetime   how long a password reset code is good (30 minutes)
 * @param welcomeCodeLifetime how long the code of a welcome e-mail is good (7 days)
 * @param lockout             the back-off after consecutive failed sign-ins (5 failures: 1 minute, doubling, 1 hour
 *                            at most)
 * @param signInLimit         sign-in attempts per address, whether it exists or not (10 per 10 minutes)
 * @param resetRequestLimit   "forgot password" requests per address; over it, requests are dropped silently (3 per
 *                            hour)
 * @param resetAttemptLimit   attempts to use a reset code per address (5 per 15 minutes)
 */
public record AccountPolicy(Duration resetCodeLifetime, Duration welcomeCodeLifetime, Lockout lockout,
                            RateLimit signInLimit, RateLimit resetRequestLimit, RateLimit resetAttemptLimit) {
    public AccountPolicy {
        positive(resetCodeLifetime, "resetCodeLifetime");
        positive(welcomeCodeLifetime, "welcomeCodeLifetime");
        Objects.requireNonNull(lockout, "lockout");
        Objects.requireNonNull(signInLimit, "signInLimit");
        Objects.requireNonNull(resetRequestLimit, "resetRequestLimit");
        Objects.requireNonNull(resetAttemptLimit, "resetAttemptLimit");
    }

    /** The defaults. */
    @Inject
    public AccountPolicy() {
        this(Duration.ofMinutes(30), Duration.ofDays(7), Lockout.DEFAULT,
                RateLimit.of("sign-in", 10, Duration.ofMinutes(10)),
                RateLimit.of("password-reset-request", 3, Duration.ofHours(1)),
                RateLimit.of("password-reset-attempt", 5, Duration.ofMinutes(15)));
    }

    public static AccountPolicy defaults() {
        return new AccountPolicy();
    }

    public AccountPolicy withResetCodeLifetime(Duration value) {
        return new AccountPolicy(value, welcomeCodeLifetime, lockout, signInLimit, resetRequestLimit,
                resetAttemptLimit);
    }

    public AccountPolicy withWelcomeCodeLifetime(Duration value) {
        return new AccountPolicy(resetCodeLifetime, value, lockout, signInLimit, resetRequestLimit, resetAttemptLimit);
    }

    public AccountPolicy withLockout(Lockout value) {
        return new AccountPolicy(resetCodeLifetime, welcomeCodeLifetime, value, signInLimit, resetRequestLimit,
                resetAttemptLimit);
    }

    public AccountPolicy withSignInLimit(RateLimit value) {
        return new AccountPolicy(resetCodeLifetime, welcomeCodeLifetime, lockout, value, resetRequestLimit,
                resetAttemptLimit);
    }

    public AccountPolicy withResetRequestLimit(RateLimit value) {
        return new AccountPolicy(resetCodeLifetime, welcomeCodeLifetime, lockout, signInLimit, value,
                resetAttemptLimit);
    }

    public AccountPolicy withResetAttemptLimit(RateLimit value) {
        return new AccountPolicy(resetCodeLifetime, welcomeCodeLifetime, lockout, signInLimit, resetRequestLimit,
                value);
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
