package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.Membership;

/**
 * What the signed-in contact's memberships mean for the pages (never for access, which the services decide):
 * whether they may rate a ticket they did not open (a primary user may). Whether their list names requesters is
 * the ticket service's {@code seesOthersTickets}.
 */
public final class Colleagues {
    private Colleagues() {
    }

    public static boolean isPrimaryIn(Helpdesk helpdesk, ContactId contact, OrganizationId organization) {
        return helpdesk.directory().contact(contact).flatMap(c -> c.membershipIn(organization))
                .map(Membership::primary).orElse(false);
    }
}
