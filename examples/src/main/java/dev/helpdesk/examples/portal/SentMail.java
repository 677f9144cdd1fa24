package dev.helpdesk.examples.portal;

import java.time.Instant;
import java.util.Objects;

/**
 * A demo e-mail as the standalone portal would send it.
 *
 * @param event the outbox event it was made from, such as {@code account.password_reset_requested}
 */
public record SentMail(Instant sentAt, String to, String subject, String body, String event) {
    public SentMail {
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(event, "event");
    }

    /** Hides the body, which may hold a code: logging the record leaks nothing. */
    @Override
    public String toString() {
        return "SentMail[to=" + to + ", subject=" + subject + ", event=" + event + ", body=(hidden)]";
    }
}
