package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.kb.ArticleId;
import dev.helpdesk.core.domain.kb.Vote;
import dev.helpdesk.core.domain.kb.Voter;
import java.time.Instant;

/**
 * What a reader said was missing from an article, with their "not helpful" vote; for agents only. {@code missing}
 * is plain text as typed: escape it when showing it.
 */
public record ArticleFeedbackView(ArticleId article, Voter voter, String missing, Instant votedAt) {
    static ArticleFeedbackView of(Vote vote) {
        return new ArticleFeedbackView(vote.article(), vote.voter(), vote.missing(), vote.votedAt());
    }
}
