package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.staff.Agent;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The person asking, resolved with everything visibility depends on. */
public sealed interface Viewer {

    boolean isStaff();

    /** A customer, with the organizations of their memberships. */
    record Customer(Contact contact, Map<OrganizationId, Organization> organizations) implements Viewer {
        public Customer {
            Objects.requireNonNull(contact, "contact");
            organizations = Map.copyOf(organizations);
        }

        @Override
        public boolean isStaff() {
            return false;
        }
    }

    /** An agent or admin, with the categories their teams own. */
    record Staff(Agent agent, Set<CategoryId> categories) implements Viewer {
        public Staff {
            Objects.requireNonNull(agent, "agent");
            categories = Set.copyOf(categories);
        }

        @Override
        public boolean isStaff() {
            return true;
        }
    }
}
