package dev.helpdesk.web.portal.newticket;

import java.util.List;

/**
 * Who opens the ticket, shown read-only at the top of the form (seed 002: personal data filled in, in grey).
 *
 * @param organizations when the contact may open this ticket for several organizations, the choice; otherwise one
 * @param organization  the organization chosen (or the only one), by id
 */
public record Requester(String name, String email, List<Organization> organizations, String organization) {
    public Requester {
        organizations = List.copyOf(organizations);
    }

    public boolean choosesOrganization() {
        return organizations.size() > 1;
    }

    /** The name of the only organization, or of the one chosen. */
    public String organizationName() {
        return organizations.stream().filter(o -> o.id().equals(organization)).map(Organization::name).findFirst()
                .orElse(organizations.isEmpty() ? "" : organizations.get(0).name());
    }

    public record Organization(String id, String name) {
    }
}
