package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.calendar.BusinessCalendar;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.sla.ServiceLevels;
import dev.helpdesk.core.domain.sla.SlaPhase;
import dev.helpdesk.core.domain.sla.SlaTargets;
import dev.helpdesk.core.domain.sla.TicketSla;
import dev.helpdesk.core.domain.ticket.Author;
import dev.helpdesk.core.domain.ticket.Message;
import dev.helpdesk.core.domain.ticket.MessageId;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.port.SlaRepository;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps each ticket's SLA clock in step with the ticket. {@link TicketService} calls it inside the unit of work of
 * every change, so the clock and the ticket are committed (or rolled back) together.
 */
final class SlaClock {
    private final SlaRepository slas;
    private final ServiceLevels levels;
    private final TicketSchema schema;

    SlaClock(SlaRepository slas, ServiceLevels levels, TicketSchema schema) {
        this.slas = Objects.requireNonNull(slas, "slas");
        this.levels = Objects.requireNonNull(levels, "levels");
        this.schema = Objects.requireNonNull(schema, "schema");
        levels.checkAgainst(schema);
    }

    /** Starts the clock of a new ticket, if a policy covers it. */
    void opened(Ticket ticket) {
        targetsOf(ticket).ifPresent(targets -> slas.save(
                TicketSla.start(ticket.id(), targets, phaseOf(ticket), ticket.createdAt(), calendar())));
    }

    /**
     * Moves the clock from {@code before} to {@code after}: an agent's first public reply meets first response, a
     * new priority or category retargets, the status pauses, resumes or completes it. A ticket that gains its first
     * matching policy (a priority set later) starts its clock then; one that loses it keeps the clock it had.
     */
    void changed(Ticket before, Ticket after) {
        Instant at = after.updatedAt();
        Optional<SlaTargets> targets = targetsOf(after);
        Optional<TicketSla> stored = slas.find(after.id());
        if (stored.isEmpty()) {
            targets.ifPresent(t -> slas.save(TicketSla.start(after.id(), t, phaseOf(after), at, calendar())));
            return;
        }
        TicketSla next = stored.get();
        Optional<Instant> reply = firstNewAgentReply(before, after);
        if (reply.isPresent()) {
            next = next.firstResponded(reply.get(), calendar());
        }
        if (targets.isPresent() && !targets.equals(targetsOf(before))) {
            next = next.retarget(targets.get(), at, calendar());
        }
        next = next.enter(phaseOf(after), at, calendar());
        if (!next.equals(stored.get())) {
            slas.save(next);
        }
    }

    private Optional<SlaTargets> targetsOf(Ticket ticket) {
        return levels.targetsFor(ticket.choice(FieldRef.PRIORITY), ticket.category(), ticket.subcategory());
    }

    private SlaPhase phaseOf(Ticket ticket) {
        return schema.statuses().find(ticket.status()).map(SlaPhase::of).orElse(SlaPhase.RUNNING);
    }

    private static Optional<Instant> firstNewAgentReply(Ticket before, Ticket after) {
        Set<MessageId> known = before.messages().stream().map(Message::id).collect(Collectors.toSet());
        return after.messages().stream()
                .filter(m -> !known.contains(m.id()) && m.isPublic() && m.author() instanceof Author.Agent)
                .map(Message::createdAt).min(Instant::compareTo);
    }

    private BusinessCalendar calendar() {
        return levels.calendar();
    }
}
