package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketNumber;
import java.util.Optional;

/** Tickets with their conversations. Writes belong inside {@link Transactor#inTransaction}. */
public interface TicketRepository {

    /** A number no other ticket has or will get; numbers increase. */
    TicketNumber nextNumber();

    /** Stores a new ticket (version 1). A ticket with the same id or number is a {@code ConflictException}. */
    void insert(Ticket ticket);

    /**
     * Replaces the stored ticket by its next state. Accepted only over the version it came from
     * ({@code ticket.version() - 1}); otherwise a {@code ConflictException} with code {@code ticket.stale}, and
     * nothing is written. Messages are append-only: a state that drops a stored message is refused the same way.
     */
    void update(Ticket ticket);

    Optional<Ticket> find(TicketId id);

    Optional<Ticket> findByNumber(TicketNumber number);
}
