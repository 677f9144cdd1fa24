package dev.helpdesk.core.domain.account;

import dev.helpdesk.core.domain.directory.ContactId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A single-use code as stored: its SHA-256, never the code itself.
 *
 * @param codeHash the code's {@link SecretCode#hash(String) hash}: 64 lower-case hex digits
 * @param usedAt   when it was used or revoked; a code is good once at most
 */
public record OneTimeCode(OneTimeCodeId id, ContactId contact, CodePurpose purpose, String codeHash, Instant issuedAt,
                          Instant expiresAt, Optional<Instant> usedAt) {
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public OneTimeCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(codeHash, "codeHash");
        if (!SHA256_HEX.matcher(codeHash).matches()) {
            throw new IllegalArgumentException("codeHash must be a SHA-256 in lower-case hex");
        }
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(usedAt, "usedAt");
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a code must expire after it is issued");
        }
    }

    /** Unused and not yet expired (it expires at {@code expiresAt} exactly). */
    public boolean isUsableAt(Instant now) {
        return usedAt.isEmpty() && now.isBefore(expiresAt);
    }
}
