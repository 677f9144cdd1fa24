package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.ticket.Viewer;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.OrganizationRepository;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Turns a {@link Caller} into a {@link Viewer} with what visibility needs; an unknown caller is not signed in. */
public final class ViewerResolver {
    private final ContactRepository contacts;
    private final OrganizationRepository organizations;
    private final AgentRepository agents;
    private final TicketSchema schema;

    @Inject
    public ViewerResolver(ContactRepository contacts, OrganizationRepository organizations, AgentRepository agents,
                          TicketSchema schema) {
        this.contacts = contacts;
        this.organizations = organizations;
        this.agents = agents;
        this.schema = schema;
    }

    public Viewer resolve(Caller caller) {
        if (caller instanceof Caller.Agent) {
            Agent agent = agents.find(((Caller.Agent) caller).id()).orElseThrow(ViewerResolver::unknown);
            Set<CategoryId> categories = new HashSet<>(schema.categories().ownedBy(agent.teams()));
            return new Viewer.Staff(agent, categories);
        }
        Contact contact = contacts.find(((Caller.Contact) caller).id()).orElseThrow(ViewerResolver::unknown);
        Map<OrganizationId, Organization> theirs = new HashMap<>();
        for (Membership membership : contact.memberships()) {
            organizations.find(membership.organization()).ifPresent(o -> theirs.put(o.id(), o));
        }
        return new Viewer.Customer(contact, theirs);
    }

    private static AuthenticationFailedException unknown() {
        return new AuthenticationFailedException("caller.unknown", "You are not signed in as a known user");
    }
}
