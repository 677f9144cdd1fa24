package dev.helpdesk.web.pages;

import dev.helpdesk.web.http.Routes;

/** TODO(issue 5): pages being written. */
public final class TicketListPage {

    public void register(Routes routes) {
    }
}
