package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.kb.Article;
import dev.helpdesk.core.domain.kb.ArticleId;
import dev.helpdesk.core.domain.kb.ArticleState;
import dev.helpdesk.core.domain.kb.Excerpt;
import dev.helpdesk.core.domain.kb.SectionId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article in a list or a search result: enough to show a link to it, and its opening words.
 *
 * @param excerpt the start of the body as plain text ({@link Excerpt}); empty for an empty body
 */
public record ArticleSummaryView(ArticleId id, SectionId section, String title, String excerpt,
                                 List<String> keywords, ArticleState state, Instant createdAt, Instant updatedAt) {
    public ArticleSummaryView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(excerpt, "excerpt");
        keywords = List.copyOf(keywords);
    }

    static ArticleSummaryView of(Article article) {
        return new ArticleSummaryView(article.id(), article.section(), article.title(), Excerpt.of(article.body()),
                article.keywords(), article.state(), article.createdAt(), article.updatedAt());
    }
}
