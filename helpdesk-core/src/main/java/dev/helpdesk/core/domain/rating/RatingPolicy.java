package dev.helpdesk.core.domain.rating;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How ratings work in one helpdesk; the host configures it once.
 *
 * @param changeWindow       how long after the first rating of a resolution the customer may still change it
 * @param reviewLinks        offered to a customer who rates HAPPY; may be empty
 * @param invitationValidity how long a rating link sent by e-mail stays usable
 */
public record RatingPolicy(Duration changeWindow, List<ReviewLink> reviewLinks, Duration invitationValidity) {
    public static final Duration DEFAULT_CHANGE_WINDOW = Duration.ofDays(7);
    public static final Duration DEFAULT_INVITATION_VALIDITY = Duration.ofDays(14);

    public RatingPolicy {
        requirePositive("changeWindow", changeWindow);
        reviewLinks = List.copyOf(reviewLinks);
        requirePositive("invitationValidity", invitationValidity);
    }

    /** A 7-day change window, no review links, e-mailed links valid 14 days. */
    public static RatingPolicy defaults() {
        return new RatingPolicy(DEFAULT_CHANGE_WINDOW, List.of(), DEFAULT_INVITATION_VALIDITY);
    }

    public RatingPolicy withChangeWindow(Duration value) {
        return new RatingPolicy(value, reviewLinks, invitationValidity);
    }

    public RatingPolicy withReviewLinks(List<ReviewLink> value) {
        return new RatingPolicy(changeWindow, value, invitationValidity);
    }

    public RatingPolicy withInvitationValidity(Duration value) {
        return new RatingPolicy(changeWindow, reviewLinks, value);
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive but was " + value);
        }
    }
}
