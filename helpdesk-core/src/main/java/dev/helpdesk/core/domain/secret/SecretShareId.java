package dev.helpdesk.core.domain.secret;

import dev.helpdesk.core.domain.Ids;

/** An opaque id, made by the {@code IdGenerator} port so that one cannot be guessed from another. */
public record SecretShareId(String value) {
    public SecretShareId {
        Ids.check("shareId", value);
    }

    public static SecretShareId of(String value) {
        return new SecretShareId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
