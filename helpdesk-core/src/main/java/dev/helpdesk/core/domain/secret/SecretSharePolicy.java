package dev.helpdesk.core.domain.secret;

import java.time.Duration;
import java.util.Objects;

/**
 * How long shared secrets are kept.
 *
 * @param retention how long after it was shared a secret is purged (seed 004: 7 days)
 */
public record SecretSharePolicy(Duration retention) {
    public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);

    public SecretSharePolicy {
        Objects.requireNonNull(retention, "retention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("retention must be positive but was " + retention);
        }
    }

    public static SecretSharePolicy defaults() {
        return new SecretSharePolicy(DEFAULT_RETENTION);
    }
}
