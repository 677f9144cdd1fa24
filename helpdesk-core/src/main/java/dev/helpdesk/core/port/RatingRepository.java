package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.rating.Rating;
import dev.helpdesk.core.domain.rating.RatingInvitation;
import dev.helpdesk.core.domain.rating.SatisfactionDimension;
import dev.helpdesk.core.domain.rating.SatisfactionRow;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Satisfaction ratings of resolved tickets (one per ticket: the latest) and the e-mail invitations to rate, kept
 * by the SHA-256 of their token only. Writes join the caller's unit of work.
 */
public interface RatingRepository {

    /** The ticket's rating, if it has one. */
    Optional<Rating> find(TicketId ticket);

    /** Inserts the ticket's rating or replaces the one it had. */
    void save(Rating rating);

    /** Stores an invitation; its token hash identifies it. */
    void saveInvitation(RatingInvitation invitation);

    /** The invitation with this token hash, expired or not; a consumed one is gone. */
    Optional<RatingInvitation> findInvitation(String tokenHash);

    /**
     * Uses up an invitation: it is gone afterwards. Of concurrent callers for one hash, exactly one gets
     * {@code true}; an unknown or already consumed hash gives {@code false}.
     */
    boolean consumeInvitation(String tokenHash);

    /**
     * The ratings given in {@code [from, to)} (by {@link Rating#ratedAt()}), counted by score per team, agent,
     * category or month ({@link Rating#month()}), ordered by key with the empty key (no team, no agent) last.
     * Keys with no rating in the period have no row.
     */
    List<SatisfactionRow> satisfaction(SatisfactionDimension dimension, Instant from, Instant to);
}
