package dev.helpdesk.web.portal;

import dev.helpdesk.web.internal.Routes;
import dev.helpdesk.web.portal.newticket.NewTicketRoutes;

/**
 * New ticket (seeds 001, 002, 003): category, subcategory, the form with its captcha, and the script endpoints for
 * article suggestions and probable duplicates. The pages live in {@code pages.newticket}.
 */
final class NewTicketPages {

    public void register(Routes routes) {
        new NewTicketRoutes().register(routes);
    }
}
