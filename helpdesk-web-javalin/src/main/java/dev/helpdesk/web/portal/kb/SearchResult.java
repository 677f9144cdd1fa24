package dev.helpdesk.web.portal.kb;

import dev.helpdesk.core.service.ArticleSummaryView;

/** One article found by the search box, with where it sits. */
public record SearchResult(ArticleSummaryView article, Place place) {
}
