package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides who sees, answers and opens which tickets. Every read, query, search and
 * attachment download goes through it; nothing else filters tickets on its own.
 *
 * <ul>
 *   <li>A requester always sees their own tickets.</li>
 *   <li>A primary user sees and answers every ticket of the organization.</li>
 *   <li>Other members follow the organization's {@link dev.helpdesk.core.domain.directory.SharingMode}, and a
 *       contact limited to some categories sees colleagues' tickets only in those.</li>
 *   <li>Agents see their teams' categories and what is assigned to them or their teams; admins see all.</li>
 * </ul>
 */
public final class TicketAccess {
    private TicketAccess() {
    }

    public static VisibilityScope scopeOf(Viewer viewer) {
        if (viewer instanceof Viewer.Staff) {
            Viewer.Staff staff = (Viewer.Staff) viewer;
            if (staff.agent().isAdmin()) {
                return new VisibilityScope.Everything();
            }
            return new VisibilityScope.Staff(staff.agent().id(), staff.agent().teams(), staff.categories());
        }
        Viewer.Customer customer = (Viewer.Customer) viewer;
        List<VisibilityScope.OrganizationGrant> grants = new ArrayList<>();
        for (Membership membership : customer.contact().memberships()) {
            Organization organization = customer.organizations().get(membership.organization());
            if (organization == null) {
                continue;
            }
            if (membership.primary()) {
                grants.add(new VisibilityScope.OrganizationGrant(organization.id(), java.util.Set.of()));
            } else if (organization.sharing().membersSeeAll()) {
                grants.add(new VisibilityScope.OrganizationGrant(organization.id(), membership.allowedCategories()));
            }
        }
        return new VisibilityScope.Customer(customer.contact().id(), grants);
    }

    public static boolean canView(Viewer viewer, TicketSummary ticket) {
        return scopeOf(viewer).matches(ticket);
    }

    /** Whether the viewer may post a public reply, change fields or mark the ticket as resolved. */
    public static boolean canAct(Viewer viewer, TicketSummary ticket) {
        if (!canView(viewer, ticket)) {
            return false;
        }
        if (viewer.isStaff()) {
            return true;
        }
        Viewer.Customer customer = (Viewer.Customer) viewer;
        if (ticket.requester().equals(customer.contact().id())) {
            return true;
        }
        Optional<Membership> membership = customer.contact().membershipIn(ticket.organization());
        Organization organization = customer.organizations().get(ticket.organization());
        return membership.isPresent() && organization != null
                && (membership.get().primary() || organization.sharing().membersReplyToAll());
    }

    /** Whether a customer may open a ticket for this organization in this top-level category. */
    public static boolean canOpen(Viewer.Customer customer, OrganizationId organization, CategoryId category) {
        return customer.contact().membershipIn(organization)
                .filter(m -> customer.organizations().containsKey(organization))
                .map(m -> m.allows(category))
                .orElse(false);
    }
}
