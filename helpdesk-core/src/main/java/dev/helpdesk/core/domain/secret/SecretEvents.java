package dev.helpdesk.core.domain.secret;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/** What happens to secret shares. Ids only: never the secret, its ciphertext or its label. */
public final class SecretEvents {
    private SecretEvents() {
    }

    /** A customer shared a secret on a ticket. */
    public record SecretShared(SecretShareId share, TicketId ticket, ContactId sharedBy, Instant occurredAt)
            implements DomainEvent {
        public SecretShared {
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(ticket, "ticket");
        }

        @Override
        public String type() {
            return "secret.shared";
        }
    }

    /** An agent revealed a secret (the audit trail keeps every reveal as well). */
    public record SecretRevealed(SecretShareId share, TicketId ticket, AgentId agent, Instant occurredAt)
            implements DomainEvent {
        public SecretRevealed {
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(agent, "agent");
        }

        @Override
        public String type() {
            return "secret.revealed";
        }
    }

    /** A secret's retention ended and its ciphertext was deleted. */
    public record SecretPurged(SecretShareId share, TicketId ticket, Instant occurredAt) implements DomainEvent {
        public SecretPurged {
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(ticket, "ticket");
        }

        @Override
        public String type() {
            return "secret.purged";
        }
    }
}
