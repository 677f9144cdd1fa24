package dev.helpdesk.core.domain.rating;

import dev.helpdesk.core.domain.Text;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer's verdict on one resolution of a ticket. A ticket has one rating at a time: the customer may change
 * it within the change window, and a new resolution (after a reopen) starts a new rating. The ticket's team,
 * assignee and category are copied in at rating time, so that satisfaction is counted by a plain GROUP BY.
 *
 * @param comment      the optional comment; for {@link Score#UNHAPPY}, the complaint, which is required
 * @param resolvedAt   the resolution this rating is about ({@link Ticket#resolvedAt()} when rated)
 * @param firstRatedAt when this resolution was first rated: the change window runs from here
 * @param ratedAt      when the current score was given
 */
public record Rating(TicketId ticket, Score score, String comment, ContactId ratedBy, Instant resolvedAt,
                     Instant firstRatedAt, Instant ratedAt, Optional<TeamId> team, Optional<AgentId> agent,
                     CategoryId category) {
    public static final int COMMENT_LIMIT = 2000;

    public Rating {
        Objects.requireNonNull(ticket, "ticket");
        if (score == null) {
            throw InvalidInputException.of("score", "required", "choose unhappy, neutral or happy");
        }
        comment = Text.optional("comment", comment, COMMENT_LIMIT);
        if (score == Score.UNHAPPY && comment.isEmpty()) {
            throw InvalidInputException.of("comment", "required",
                    "tell us what went wrong: an unhappy rating needs a complaint");
        }
        Objects.requireNonNull(ratedBy, "ratedBy");
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        Objects.requireNonNull(firstRatedAt, "firstRatedAt");
        Objects.requireNonNull(ratedAt, "ratedAt");
        if (ratedAt.isBefore(firstRatedAt)) {
            throw new IllegalArgumentException("a rating cannot change before it was first given");
        }
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(category, "category");
    }

    /**
     * Rates the ticket's current resolution, or changes the rating of it given earlier ({@code previous}, the
     * ticket's stored rating if any).
     *
     * @throws ConflictException {@code rating.not_resolved} while the ticket is not resolved;
     *                           {@code rating.window_closed} when the change window of this resolution is over
     */
    public static Rating rate(Ticket ticket, Optional<Rating> previous, Score score, String comment, ContactId by,
                              Instant now, Duration changeWindow) {
        Instant resolved = ticket.resolvedAt().orElseThrow(() -> new ConflictException("rating.not_resolved",
                "Ticket " + ticket.number().value() + " is not resolved; it can be rated once it is",
                Map.of("ticket", String.valueOf(ticket.number().value()))));
        Optional<Rating> sameResolution = previous.filter(r -> r.resolvedAt().equals(resolved));
        Instant first = sameResolution.map(Rating::firstRatedAt).orElse(now);
        if (sameResolution.isPresent() && now.isAfter(first.plus(changeWindow))) {
            throw new ConflictException("rating.window_closed", "The rating of ticket " + ticket.number().value()
                    + " can no longer be changed: ratings may be changed for " + changeWindow.toDays()
                    + " days after they are given", Map.of("ticket", String.valueOf(ticket.number().value())));
        }
        Instant at = now.isBefore(first) ? first : now;
        return new Rating(ticket.id(), score, comment, by, resolved, first, at, ticket.assignment().team(),
                ticket.assignment().agent(), ticket.category());
    }

    /** Until when this rating may be changed. */
    public Instant changeableUntil(Duration changeWindow) {
        return firstRatedAt.plus(changeWindow);
    }

    /** The calendar month (UTC) it was rated in, such as {@code 2026-03}: the key of monthly satisfaction. */
    public String month() {
        return YearMonth.from(ratedAt.atOffset(ZoneOffset.UTC)).toString();
    }
}
