package dev.helpdesk.web.pages;

import dev.helpdesk.web.http.Routes;
import dev.helpdesk.web.pages.kb.KnowledgeBaseRoutes;

/**
 * Knowledge base (seed 001): categories, sections, articles with files and a helpfulness vote, and search. The
 * pages live in {@code pages.kb}.
 */
public final class KnowledgeBasePages {

    public void register(Routes routes) {
        new KnowledgeBaseRoutes().register(routes);
    }
}
