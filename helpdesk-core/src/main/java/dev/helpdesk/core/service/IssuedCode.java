package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.account.CodePurpose;
import dev.helpdesk.core.domain.directory.ContactId;
import java.time.Instant;
import java.util.Objects;

/**
 * A one-time code in clear, handed out once to the mail adapter to put in an e-mail; only its hash is stored.
 * {@link #toString()} hides the code, so that logging this record leaks nothing.
 */
public record IssuedCode(ContactId contact, CodePurpose purpose, String code, Instant expiresAt) {
    public IssuedCode {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "IssuedCode[contact=" + contact + ", purpose=" + purpose + ", code=(hidden), expiresAt=" + expiresAt
                + "]";
    }
}
