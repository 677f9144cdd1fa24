package dev.helpdesk.core.domain.kb;

import java.util.Objects;

/**
 * A ranked search for articles: those the scope lets the viewer see that the match accepts, best first, at most
 * {@code limit}. How adapters rank may differ (see {@link ArticleText#score}); which articles match may not.
 */
public record ArticleQuery(KnowledgeBaseScope scope, ArticleMatch match, int limit) {
    public static final int MAX_LIMIT = 100;

    public ArticleQuery {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(match, "match");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }
}
