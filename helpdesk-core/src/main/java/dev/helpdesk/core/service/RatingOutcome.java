package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.rating.ReviewLink;
import java.util.List;
import java.util.Objects;

/**
 * What a customer sees after rating.
 *
 * @param reviewLinks the configured public review sites, for a HAPPY rating; empty otherwise
 */
public record RatingOutcome(RatingView rating, List<ReviewLink> reviewLinks) {
    public RatingOutcome {
        Objects.requireNonNull(rating, "rating");
        reviewLinks = List.copyOf(reviewLinks);
    }
}
