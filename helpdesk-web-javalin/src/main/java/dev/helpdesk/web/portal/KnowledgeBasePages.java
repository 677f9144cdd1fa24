package dev.helpdesk.web.portal;

import dev.helpdesk.web.internal.Routes;
import dev.helpdesk.web.portal.kb.KnowledgeBaseRoutes;

/**
 * Knowledge base (seed 001): categories, sections, articles with files and a helpfulness vote, and search. The
 * pages live in {@code pages.kb}.
 */
final class KnowledgeBasePages {

    public void register(Routes routes) {
        new KnowledgeBaseRoutes().register(routes);
    }
}
