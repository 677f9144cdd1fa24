package dev.helpdesk.web.portal.kb;

import dev.helpdesk.core.service.ArticleSummaryView;
import dev.helpdesk.core.service.KbSectionView;
import java.util.List;

/**
 * A section on the knowledge base's front page with its first articles.
 *
 * @param total how many articles the section has, to say "all 12 articles" when not all are listed
 */
public record SectionBlock(KbSectionView section, List<ArticleSummaryView> articles, int total) {
    public SectionBlock {
        articles = List.copyOf(articles);
    }

    public boolean hasMore() {
        return total > articles.size();
    }
}
