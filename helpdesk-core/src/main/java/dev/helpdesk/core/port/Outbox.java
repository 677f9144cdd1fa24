package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.DomainEvent;
import java.time.Duration;
import java.util.List;

/**
 * Domain events, written in the same unit of work as the change that raised them (so a rolled-back change leaves no
 * event), then delivered at least once to consumers such as the mail adapter, which may run in several processes
 * sharing one storage:
 *
 * <pre>{@code
 * for (OutboxEntry entry : outbox.claim(20, Duration.ofMinutes(2))) {
 *     try {
 *         deliver(entry.event());
 *         outbox.acknowledge(entry.id());
 *     } catch (RuntimeException e) {
 *         outbox.release(entry.id(), e.toString());
 *     }
 * }
 * }</pre>
 *
 * <p>An entry is <em>live</em> until acknowledged or dead. A live entry is <em>due</em> when it has never been claimed,
 * when the lease of its last claim has run out, or when the back-off after its last {@link #release release} is over
 * (each at exactly that instant, not only after). A {@link #release released} entry whose attempts reached the storage's
 * {@link OutboxRetryPolicy#maxAttempts()} becomes a {@link DeadLetter} instead: kept, never claimed, until an operator
 * {@link #requeue requeues} or {@link #acknowledge acknowledges} it. Times come from the storage's {@link Clock}.
 *
 * <p>{@link #append} belongs in the writer's unit of work. The other writes ({@link #claim}, {@link #release},
 * {@link #acknowledge}, {@link #requeue}) commit on their own when called outside a unit of work, as consumers do, and
 * join it inside one. Delivery is at least once: a consumer that outlives its lease may see its entry claimed by
 * another, and its late {@code release} or {@code acknowledge} then applies to the entry as it is.
 */
public interface Outbox {

    /** Adds an event, due at once, to be committed (or rolled back) with the caller's unit of work. */
    void append(DomainEvent event);

    /**
     * Claims the oldest due entries, in append order, at most {@code limit}: each is not due again before
     * now + {@code lease}, so no concurrent {@code claim}, from this process or another, gets it meanwhile. Each
     * returned entry has {@link OutboxEntry#attempts()} one more than before (1 on its first claim).
     *
     * @return the claimed entries, oldest first; empty when nothing is due
     * @throws IllegalArgumentException if {@code limit} is less than 1 or {@code lease} is not positive
     */
    List<OutboxEntry> claim(int limit, Duration lease);

    /**
     * The consumer is done with an entry: it is gone for good, whether pending, claimed or dead (which discards a dead
     * letter). Unknown or already acknowledged ids are ignored.
     */
    void acknowledge(long id);

    /**
     * The consumer failed on a claimed entry. Its claim ends; if its {@link OutboxEntry#attempts() attempts} reached
     * the retry policy's {@link OutboxRetryPolicy#maxAttempts() maximum} it becomes a {@link DeadLetter} keeping
     * {@link DeadLetter#storableError(String) error}; otherwise it is due again after
     * {@link OutboxRetryPolicy#delayAfter(int) the back-off} for its attempts. Ignored for an id that is unknown,
     * acknowledged, dead, never claimed, or already released since its last claim.
     *
     * @param error what went wrong, for the operator, such as {@code exception.toString()}; stored as
     *              {@link DeadLetter#storableError(String)} makes it, never logged
     */
    void release(long id, String error);

    /**
     * Dead letters, oldest first (in append order), at most {@code limit}.
     *
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    List<DeadLetter> deadLetters(int limit);

    /**
     * An operator gives a dead letter another chance: it is live again, due at once, with its attempts back to 0
     * and its error forgotten. Ignored for an id that is not a dead letter.
     */
    void requeue(long id);

    /**
     * Live entries, claimed or not, in append order, at most {@code limit}; claims nothing (for tests, demos and
     * monitoring).
     *
     * @throws IllegalArgumentException if {@code limit} is less than 1
     */
    List<OutboxEntry> pending(int limit);
}
