package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.SharingMode;
import java.util.Optional;

/**
 * What the signed-in contact's memberships mean for the pages (never for access, which the services decide):
 * whether their list holds colleagues' tickets (then it names requesters), and whether they may rate a ticket
 * they did not open (a primary user may).
 */
public final class Colleagues {
    private Colleagues() {
    }

    /** A primary user, or a member of an organization whose members see each other's tickets. */
    public static boolean seesColleagues(Helpdesk helpdesk, ContactId contact) {
        Optional<Contact> found = helpdesk.directory().contact(contact);
        if (found.isEmpty()) {
            return false;
        }
        for (Membership membership : found.get().memberships()) {
            if (membership.primary() || helpdesk.directory().organization(membership.organization())
                    .map(o -> o.sharing()).filter(SharingMode::membersSeeAll).isPresent()) {
                return true;
            }
        }
        return false;
    }

    public static boolean isPrimaryIn(Helpdesk helpdesk, ContactId contact, OrganizationId organization) {
        return helpdesk.directory().contact(contact).flatMap(c -> c.membershipIn(organization))
                .map(Membership::primary).orElse(false);
    }
}
