package dev.helpdesk.web.portal.kb;

import dev.helpdesk.core.service.ArticleView;
import java.util.List;

/**
 * The article page's model: the article, where it sits (breadcrumb), and the state of the "Was this helpful?"
 * form: what the reader typed in "what was missing" and its error after a refused vote.
 */
public record ArticlePage(ArticleView article, Place place, List<FileLink> files, String missing,
        String missingError) {
    public ArticlePage {
        files = List.copyOf(files);
    }

    public boolean hasMissingError() {
        return !missingError.isEmpty();
    }

    /** The reader's current vote: {@code "yes"}, {@code "no"} or empty before voting. */
    public String yourVote() {
        return article.yourVote().map(helpful -> helpful ? "yes" : "no").orElse("");
    }
}
