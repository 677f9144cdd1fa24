package dev.helpdesk.web.portal.kb;

import dev.helpdesk.core.domain.kb.ArticleId;
import dev.helpdesk.core.domain.kb.Vote;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.web.internal.ErrorMapping;
import dev.helpdesk.web.internal.PortalError;
import dev.helpdesk.web.internal.PortalRequest;

/**
 * POST /kb/articles/{id}/vote: "Was this helpful?" Yes or No, a No with what was missing. Both buttons sit in one
 * form with the text box, so it works without JavaScript; text typed before pressing Yes is dropped rather than
 * refused, as a Yes says nothing was missing.
 */
final class VoteAction {

    void handle(PortalRequest request) {
        var caller = request.requireCaller();
        ArticleId id = KbIds.article(request.ctx().pathParam("id"));
        String answer = request.form("helpful");
        if (!answer.equals("yes") && !answer.equals("no")) {
            throw PortalError.badParameter("helpful");
        }
        boolean helpful = answer.equals("yes");
        String missing = helpful ? "" : request.form("missing");
        try {
            request.helpdesk().knowledgeBase().vote(caller, id, helpful, missing);
            request.flash(helpful ? "kb.vote.thanks_yes" : "kb.vote.thanks_no");
            request.redirect("/kb/articles/" + id.value() + "#vote");
        } catch (InvalidInputException refused) {
            boolean tooLong = refused.fieldErrors().stream().anyMatch(e -> e.rule().equals("too_long"));
            String error = tooLong ? request.t().t("kb.vote.missing_too_long", Vote.MISSING_LIMIT)
                    : String.join(" ", ErrorMapping.fieldMessages(refused, request.t()).values());
            KnowledgeBaseRoutes.showArticle(request, 400, id, missing, error);
        }
    }
}
