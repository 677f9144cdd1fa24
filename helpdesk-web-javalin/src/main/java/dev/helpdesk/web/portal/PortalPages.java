package dev.helpdesk.web.portal;

import dev.helpdesk.web.internal.Routes;

/** The customer portal's pages: the one entry the plugin calls to register them, so the plumbing names no page. */
public final class PortalPages {

    private PortalPages() {
    }

    public static void register(Routes routes) {
        new Assets().register(routes);
        new SignInPages().register(routes);
        new PasswordPages().register(routes);
        new TicketListRoutes().register(routes);
        // Javalin takes the first route that matches, in the order added: /tickets/new before /tickets/{id}
        new NewTicketPages().register(routes);
        new TicketRoutes().register(routes);
        new KnowledgeBasePages().register(routes);
        new AccountPages().register(routes);
        new LanguagePage().register(routes);
    }
}
