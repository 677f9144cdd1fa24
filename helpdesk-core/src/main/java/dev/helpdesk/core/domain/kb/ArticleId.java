package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.Ids;

/** The opaque id of a knowledge-base article, safe in URLs. */
public record ArticleId(String value) {
    public ArticleId {
        Ids.check("articleId", value);
    }

    public static ArticleId of(String value) {
        return new ArticleId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
