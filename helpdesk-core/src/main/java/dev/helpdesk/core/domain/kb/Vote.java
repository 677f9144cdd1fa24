package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.Text;
import dev.helpdesk.core.error.InvalidInputException;
import java.time.Instant;
import java.util.Objects;

/**
 * One person's helpfulness vote on an article (one per person, changeable). A "no" may say what was missing; a
 * "yes" says nothing.
 *
 * @param missing what the voter missed, at most {@value #MISSING_LIMIT} characters; empty for a "yes"
 */
public record Vote(ArticleId article, Voter voter, boolean helpful, String missing, Instant votedAt) {
    public static final int MISSING_LIMIT = 500;

    public Vote {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(voter, "voter");
        missing = Text.optional("missing", missing, MISSING_LIMIT);
        if (helpful && !missing.isEmpty()) {
            throw InvalidInputException.of("missing", "only_when_unhelpful",
                    "say what was missing only when the article did not help");
        }
        Objects.requireNonNull(votedAt, "votedAt");
    }
}
