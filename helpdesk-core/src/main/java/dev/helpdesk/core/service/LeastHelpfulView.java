package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.kb.Helpfulness;
import java.util.Objects;

/** An article that readers found of little help, with its vote counts; for agents. */
public record LeastHelpfulView(ArticleSummaryView article, Helpfulness helpfulness) {
    public LeastHelpfulView {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(helpfulness, "helpfulness");
    }
}
