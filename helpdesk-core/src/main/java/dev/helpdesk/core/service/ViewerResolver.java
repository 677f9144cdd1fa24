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
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a {@link Caller} into a {@link Viewer} with what visibility needs; an unknown caller is not signed in.
 * One is built per helpdesk and shared by every service ({@code Helpdesk} builds it once; with Guice it is a
 * singleton), so that {@link #once} covers every service a page calls.
 */
@Singleton
public final class ViewerResolver {
    /** The viewers resolved in the current {@link #once} scope of this thread; null outside one. */
    private final ThreadLocal<Map<Caller, Viewer>> resolved = new ThreadLocal<>();
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

    /** The caller as a viewer: read from the directory, or the one already read in this {@link #once} scope. */
    public Viewer resolve(Caller caller) {
        Map<Caller, Viewer> scope = resolved.get();
        if (scope == null) {
            return read(caller);
        }
        Viewer known = scope.get(caller);
        if (known == null) {
            known = read(caller);
            scope.put(caller, known);
        }
        return known;
    }

    /**
     * Runs {@code work} with each caller resolved at most once, however many services it calls: a page's reads
     * then read the viewer's contact and organizations once and hand the viewer down. Meant for reads made in one
     * read transaction (see {@code Helpdesk.reading}), where reading the viewer again would return the same rows;
     * nested calls join the outer scope.
     */
    public <T> T once(Supplier<T> work) {
        if (resolved.get() != null) {
            return work.get();
        }
        resolved.set(new HashMap<>(4));
        try {
            return work.get();
        } finally {
            resolved.remove();
        }
    }

    private Viewer read(Caller caller) {
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
