package dev.helpdesk.core.domain.kb;

import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.ticket.Viewer;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The one place that decides who sees which knowledge-base content. Agents see everything, drafts included; a
 * contact sees published articles whose section and category are both enabled for one of their organizations
 * (see {@link KnowledgeBaseScope.Contact}). Every listing, article, file and search goes through the scope made here.
 */
public final class KnowledgeBaseAccess {
    private KnowledgeBaseAccess() {
    }

    public static KnowledgeBaseScope scopeOf(Viewer viewer) {
        if (viewer instanceof Viewer.Staff) {
            return everything();
        }
        Viewer.Customer customer = (Viewer.Customer) viewer;
        Set<OrganizationId> organizations = new LinkedHashSet<>();
        for (Membership membership : customer.contact().memberships()) {
            // a membership of an organization that no longer exists grants nothing, as for tickets
            if (customer.organizations().containsKey(membership.organization())) {
                organizations.add(membership.organization());
            }
        }
        return new KnowledgeBaseScope.Contact(organizations);
    }

    /** Everything, drafts included: an agent's scope, and the service's own look-ups once it has checked the caller. */
    public static KnowledgeBaseScope everything() {
        return new KnowledgeBaseScope.Staff();
    }

    /** Whether the viewer may write: manage categories, sections, articles and enablement, read feedback. */
    public static boolean canManage(Viewer viewer) {
        return viewer.isStaff();
    }
}
