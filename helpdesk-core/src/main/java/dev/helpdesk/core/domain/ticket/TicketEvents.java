package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.policy.FieldRef;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/** What happens to tickets. Events name ids only: consumers load what they need, bodies never travel here. */
public final class TicketEvents {
    private TicketEvents() {
    }

    public record TicketOpened(TicketId ticket, TicketNumber number, ContactId requester, Instant occurredAt)
            implements DomainEvent {
        public TicketOpened {
            Objects.requireNonNull(ticket, "ticket");
        }

        @Override
        public String type() {
            return "ticket.opened";
        }
    }

    /** A public reply by a customer or an agent, or an internal note ({@code visibility}). */
    public record MessageAdded(TicketId ticket, MessageId message, MessageVisibility visibility, boolean byAgent,
                               Instant occurredAt) implements DomainEvent {
        public MessageAdded {
            Objects.requireNonNull(ticket, "ticket");
        }

        @Override
        public String type() {
            return "ticket.message_added";
        }
    }

    public record StatusChanged(TicketId ticket, String from, String to, Instant occurredAt) implements DomainEvent {
        public StatusChanged {
            Objects.requireNonNull(ticket, "ticket");
        }

        @Override
        public String type() {
            return "ticket.status_changed";
        }
    }

    /** The ticket moved to its solved or closed status by "Mark as resolved": the moment to invite a rating. */
    public record TicketResolved(TicketId ticket, Instant occurredAt) implements DomainEvent {
        @Override
        public String type() {
            return "ticket.resolved";
        }
    }

    public record TicketAssigned(TicketId ticket, Assignment assignment, Instant occurredAt) implements DomainEvent {
        @Override
        public String type() {
            return "ticket.assigned";
        }
    }

    /** Which fields changed, not their values: a value may be something the requester should not see. */
    public record FieldsChanged(TicketId ticket, Set<FieldRef> fields, Instant occurredAt) implements DomainEvent {
        public FieldsChanged {
            fields = Set.copyOf(fields);
        }

        @Override
        public String type() {
            return "ticket.fields_changed";
        }
    }

}
