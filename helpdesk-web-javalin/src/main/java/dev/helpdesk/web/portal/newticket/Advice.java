package dev.helpdesk.web.portal.newticket;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.kb.ArticleMatch;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.web.internal.PortalRequest;
import dev.helpdesk.web.i18n.Translator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the portal says about a ticket being written, without ever blocking it: articles that may answer it, open
 * tickets it may duplicate, and capitals (seed 003). The page's script asks for the same through the JSON
 * endpoints as the person types; the form shows it after a failed submit.
 */
final class Advice {
    static final int MAX_SUGGESTIONS = 5;

    private final Helpdesk helpdesk;
    private final PortalRequest request;

    Advice(PortalRequest request) {
        this.helpdesk = request.helpdesk();
        this.request = request;
    }

    List<NewTicketForm.Suggestion> suggestions(Caller caller, String title, String description) {
        if (title.length() + description.length() > ArticleMatch.SUGGESTION_INPUT_LIMIT) {
            return List.of();
        }
        return helpdesk.knowledgeBase().suggest(caller, title, description, MAX_SUGGESTIONS).stream()
                .map(a -> new NewTicketForm.Suggestion(a.title(), request.url("/kb/articles/" + a.id().value())))
                .toList();
    }

    List<SimilarTicket> similar(Caller caller, String title) {
        return new SimilarTickets(helpdesk.tickets()).find(caller, title).stream()
                .map(t -> new SimilarTicket(t.reference(), t.subject(), request.url(TicketLinks.path(t.id()))))
                .toList();
    }

    /** The capitals warnings, by the form field they concern. */
    static Map<String, String> warnings(Translator t, String title, String description) {
        Map<String, String> warnings = new LinkedHashMap<>();
        if (Shouting.isShouting(title)) {
            warnings.put("title", t.t("newticket.warning.capitals"));
        }
        if (Shouting.isShouting(description)) {
            warnings.put("description", t.t("newticket.warning.capitals"));
        }
        return warnings;
    }
}
