package dev.helpdesk.core.domain.rating;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/** What happens to ratings. Ids and the score only: never the comment, never an invitation token. */
public final class RatingEvents {
    private RatingEvents() {
    }

    /** A customer rated a ticket, or changed their rating. */
    public record RatingReceived(TicketId ticket, Score score, Instant occurredAt) implements DomainEvent {
        public RatingReceived {
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(score, "score");
        }

        @Override
        public String type() {
            return "rating.received";
        }
    }

    /** An unhappy rating: its complaint is for the managers (they read it through the rating, not the event). */
    public record ComplaintRaised(TicketId ticket, Instant occurredAt) implements DomainEvent {
        public ComplaintRaised {
            Objects.requireNonNull(ticket, "ticket");
        }

        @Override
        public String type() {
            return "rating.complaint_raised";
        }
    }
}
