package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.sla.SlaDue;
import dev.helpdesk.core.domain.sla.SlaTarget;
import dev.helpdesk.core.domain.sla.TicketSla;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The SLA clock of each ticket: due times, pauses and whether targets were met. Writes belong inside
 * {@link Transactor#inTransaction}, in the same unit of work as the ticket change that moved the clock.
 * Instants are kept to the millisecond.
 */
public interface SlaRepository {

    /** Stores the clock of its ticket, replacing the one stored before, if any. */
    void save(TicketSla sla);

    Optional<TicketSla> find(TicketId ticket);

    /**
     * Unmet targets with a due time in {@code [from, before)}, in {@link SlaDue#ORDER} (earliest due first),
     * strictly after {@code after} when given (the last row of the previous page), at most {@code limit} rows.
     * Met targets and stopped clocks without a due time never appear.
     *
     * @throws IllegalArgumentException when {@code limit} is not positive
     */
    List<SlaDue> unmetDue(Instant from, Instant before, Optional<SlaDue> after, int limit);

    /**
     * Unmet targets due before {@code now} whose breach is not recorded yet, earliest due first, at most
     * {@code limit}.
     */
    List<SlaDue> unrecordedBreaches(Instant now, int limit);

    /**
     * Records that the breach of this target was reported. True for the one caller that changed the flag; false
     * when it was recorded already or there is no such clock, so that two schedulers report each breach once.
     */
    boolean markBreachRecorded(TicketId ticket, SlaTarget target);
}
