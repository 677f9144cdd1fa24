package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.rating.Rating;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A ticket's rating as its customer sees it.
 *
 * @param comment         the comment or, for an unhappy rating, the complaint; empty when none
 * @param changeableUntil until when the customer may still change it
 */
public record RatingView(TicketId ticket, Score score, String comment, Instant ratedAt, Instant firstRatedAt,
                         Instant changeableUntil) {
    public RatingView {
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(comment, "comment");
    }

    static RatingView of(Rating rating, Duration changeWindow) {
        return new RatingView(rating.ticket(), rating.score(), rating.comment(), rating.ratedAt(),
                rating.firstRatedAt(), rating.changeableUntil(changeWindow));
    }
}
