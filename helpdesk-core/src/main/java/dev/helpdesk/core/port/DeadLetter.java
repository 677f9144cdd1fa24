package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.DomainEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * An outbox entry its consumer failed on {@link OutboxRetryPolicy#maxAttempts() too often}: never claimed again
 * until an operator {@link Outbox#requeue(long) requeues} it, or {@link Outbox#acknowledge(long) discards} it.
 *
 * @param id         the entry's id, as it was in the outbox
 * @param event      the event, equal to the one appended
 * @param recordedAt when the event was appended
 * @param attempts   how many times it was claimed, at least 1
 * @param lastError  what the consumer passed to its last {@link Outbox#release(long, String)}, as stored by
 *                   {@link #storableError(String)}
 * @param deadSince  when that last failure made it dead
 */
public record DeadLetter(long id, DomainEvent event, Instant recordedAt, int attempts, String lastError,
                         Instant deadSince) {

    /** The most characters of a consumer's error an outbox keeps. */
    public static final int MAX_ERROR_LENGTH = 2000;

    public DeadLetter {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(deadSince, "deadSince");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1 but was " + attempts);
        }
        if (lastError.length() > MAX_ERROR_LENGTH) {
            throw new IllegalArgumentException("lastError has " + lastError.length() + " characters, more than "
                    + MAX_ERROR_LENGTH);
        }
    }

    /**
     * A consumer's error as every outbox keeps it: without NUL characters (which PostgreSQL text cannot hold), then
     * cut to its first {@link #MAX_ERROR_LENGTH} characters (one less rather than split a surrogate pair). Nothing is
     * added: the result is made only of what the consumer passed, in its order.
     */
    public static String storableError(String error) {
        Objects.requireNonNull(error, "error");
        String clean = error.indexOf('\0') < 0 ? error : error.replace("\0", "");
        if (clean.length() <= MAX_ERROR_LENGTH) {
            return clean;
        }
        int end = Character.isHighSurrogate(clean.charAt(MAX_ERROR_LENGTH - 1)) ? MAX_ERROR_LENGTH - 1
                : MAX_ERROR_LENGTH;
        return clean.substring(0, end);
    }
}
