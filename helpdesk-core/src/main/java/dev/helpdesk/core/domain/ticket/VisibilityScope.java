package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which tickets a viewer may see, as data a storage adapter can turn into a query. {@link #matches} is the
 * reference meaning: adapters must select exactly the tickets it accepts (the contract suite checks this).
 * Only {@link TicketAccess} makes scopes.
 */
public sealed interface VisibilityScope {

    boolean matches(TicketSummary ticket);

    /** Whether internal notes count for this viewer (search text, conversation). */
    boolean includesInternalNotes();

    /** An admin: every ticket. */
    record Everything() implements VisibilityScope {
        @Override
        public boolean matches(TicketSummary ticket) {
            return true;
        }

        @Override
        public boolean includesInternalNotes() {
            return true;
        }
    }

    /**
     * An agent: tickets in a category or subcategory their teams own, and tickets assigned to them or their teams.
     */
    record Staff(AgentId agent, Set<TeamId> teams, Set<CategoryId> categories) implements VisibilityScope {
        public Staff {
            Objects.requireNonNull(agent, "agent");
            teams = Set.copyOf(teams);
            categories = Set.copyOf(categories);
        }

        @Override
        public boolean matches(TicketSummary ticket) {
            return categories.contains(ticket.category())
                    || ticket.subcategory().filter(categories::contains).isPresent()
                    || ticket.assignment().agent().filter(agent::equals).isPresent()
                    || ticket.assignment().team().filter(teams::contains).isPresent();
        }

        @Override
        public boolean includesInternalNotes() {
            return true;
        }
    }

    /**
     * A customer: their own tickets, plus, per organization whose tickets they may read, that organization's
     * tickets in the categories they are allowed (all categories when {@code allowedCategories} is empty).
     */
    record Customer(ContactId contact, List<OrganizationGrant> grants) implements VisibilityScope {
        public Customer {
            Objects.requireNonNull(contact, "contact");
            grants = List.copyOf(grants);
        }

        @Override
        public boolean matches(TicketSummary ticket) {
            if (ticket.requester().equals(contact)) {
                return true;
            }
            for (OrganizationGrant grant : grants) {
                if (grant.organization().equals(ticket.organization()) && grant.covers(ticket.category())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean includesInternalNotes() {
            return false;
        }
    }

    /** Read access to colleagues' tickets in one organization. */
    record OrganizationGrant(OrganizationId organization, Set<CategoryId> allowedCategories) {
        public OrganizationGrant {
            Objects.requireNonNull(organization, "organization");
            allowedCategories = Set.copyOf(allowedCategories);
        }

        public boolean covers(CategoryId category) {
            return allowedCategories.isEmpty() || allowedCategories.contains(category);
        }
    }
}
