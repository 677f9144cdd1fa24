package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.secret.SecretShareId;
import java.util.Arrays;
import java.util.Objects;

/**
 * A secret an agent revealed. {@link #toString()} never shows the value, so it cannot leak into a log by accident;
 * {@link #clear()} overwrites it once shown.
 */
public final class RevealedSecret {
    private final SecretShareId share;
    private final String label;
    private final char[] value;

    RevealedSecret(SecretShareId share, String label, char[] value) {
        this.share = Objects.requireNonNull(share, "share");
        this.label = Objects.requireNonNull(label, "label");
        this.value = Objects.requireNonNull(value, "value").clone();
    }

    public SecretShareId share() {
        return share;
    }

    public String label() {
        return label;
    }

    /** A copy of the secret; the caller should overwrite it when done. */
    public char[] value() {
        return value.clone();
    }

    /** Overwrites the secret held here. */
    public void clear() {
        Arrays.fill(value, '\0');
    }

    @Override
    public String toString() {
        return "RevealedSecret[share=" + share + ", label=" + label + ", value=(hidden)]";
    }
}
