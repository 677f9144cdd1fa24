package dev.helpdesk.core.domain.secret;

import dev.helpdesk.core.domain.Text;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A secret (a password) a customer shared on a ticket (seed 004). Only its ciphertext is kept, and only until it
 * is purged: then the ciphertext is gone for good and {@code purgedAt} says when.
 *
 * @param label      what the secret is, such as "WordPress admin password"; never the secret itself
 * @param purgeAt    when it stops being readable (shared time plus the retention)
 * @param ciphertext present until purged
 * @param purgedAt   when the ciphertext was deleted; empty until then
 */
public record SecretShare(SecretShareId id, TicketId ticket, String label, ContactId sharedBy, Instant sharedAt,
                          Instant purgeAt, Optional<Ciphertext> ciphertext, Optional<Instant> purgedAt) {
    public static final int LABEL_LIMIT = 100;
    /** The label when the customer gives none: seed 004 speaks of sharing "your password". */
    public static final String DEFAULT_LABEL = "Password";

    public SecretShare {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticket, "ticket");
        label = label(label);
        Objects.requireNonNull(sharedBy, "sharedBy");
        Objects.requireNonNull(sharedAt, "sharedAt");
        Objects.requireNonNull(purgeAt, "purgeAt");
        if (!purgeAt.isAfter(sharedAt)) {
            throw new IllegalArgumentException("a secret is purged after it is shared");
        }
        Objects.requireNonNull(ciphertext, "ciphertext");
        Objects.requireNonNull(purgedAt, "purgedAt");
        if (ciphertext.isPresent() == purgedAt.isPresent()) {
            throw new IllegalArgumentException("a secret share holds its ciphertext until, and only until, it is purged");
        }
    }

    /** A label as typed: one line of at most {@value #LABEL_LIMIT} characters, {@value #DEFAULT_LABEL} when blank. */
    public static String label(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LABEL;
        }
        return Text.singleLine("label", value, LABEL_LIMIT);
    }

    /** A new share holding its ciphertext. */
    public static SecretShare shared(SecretShareId id, TicketId ticket, String label, ContactId by, Instant now,
                                     Instant purgeAt, Ciphertext ciphertext) {
        return new SecretShare(id, ticket, label, by, now, purgeAt, Optional.of(ciphertext), Optional.empty());
    }

    public boolean purged() {
        return purgedAt.isPresent();
    }

    /** Whether it may still be revealed at {@code now}: not purged, and its retention not over (purged or not). */
    public boolean readableAt(Instant now) {
        return !purged() && now.isBefore(purgeAt);
    }

    /** The same share with its ciphertext deleted. */
    public SecretShare purgedAt(Instant now) {
        return new SecretShare(id, ticket, label, sharedBy, sharedAt, purgeAt, Optional.empty(), Optional.of(now));
    }

    /**
     * The associated data sealed with the ciphertext: it binds it to this share and ticket, so a ciphertext copied
     * to another row or ticket does not decrypt.
     */
    public byte[] associatedData() {
        return associatedData(id, ticket);
    }

    public static byte[] associatedData(SecretShareId id, TicketId ticket) {
        return ("helpdesk.secret-share.v1\u0000" + id.value() + "\u0000" + ticket.value())
                .getBytes(StandardCharsets.UTF_8);
    }
}
