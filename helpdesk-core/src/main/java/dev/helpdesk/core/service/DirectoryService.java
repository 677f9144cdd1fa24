package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.TeamRepository;
import dev.helpdesk.core.port.Transactor;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Organizations, contacts, agents and teams, as the host's back office manages them. The host is trusted here
 * (it decides who may call this); references between them are checked.
 */
public final class DirectoryService {
    private final Transactor transactor;
    private final OrganizationRepository organizations;
    private final ContactRepository contacts;
    private final AgentRepository agents;
    private final TeamRepository teams;

    @Inject
    public DirectoryService(Transactor transactor, OrganizationRepository organizations, ContactRepository contacts,
                            AgentRepository agents, TeamRepository teams) {
        this.transactor = transactor;
        this.organizations = organizations;
        this.contacts = contacts;
        this.agents = agents;
        this.teams = teams;
    }

    public Organization save(Organization organization) {
        transactor.run(() -> organizations.save(organization));
        return organization;
    }

    /** Saves a contact; each organization it is a member of must exist. */
    public Contact save(Contact contact) {
        transactor.run(() -> {
            for (Membership membership : contact.memberships()) {
                if (organizations.find(membership.organization()).isEmpty()) {
                    throw InvalidInputException.of("organization", "unknown",
                            "there is no organization '" + membership.organization() + "'");
                }
            }
            contacts.save(contact);
        });
        return contact;
    }

    public Team save(Team team) {
        transactor.run(() -> teams.save(team));
        return team;
    }

    /** Saves an agent; each team it belongs to must exist. */
    public Agent save(Agent agent) {
        transactor.run(() -> {
            for (TeamId team : agent.teams()) {
                if (teams.find(team).isEmpty()) {
                    throw InvalidInputException.of("team", "unknown", "there is no team '" + team + "'");
                }
            }
            agents.save(agent);
        });
        return agent;
    }

    public Optional<Organization> organization(OrganizationId id) {
        return organizations.find(id);
    }

    public Optional<Contact> contact(ContactId id) {
        return contacts.find(id);
    }

    public List<Contact> members(OrganizationId organization) {
        return contacts.inOrganization(organization);
    }

    public Optional<Agent> agent(AgentId id) {
        return agents.find(id);
    }

    public List<Team> teams() {
        return teams.all();
    }
}
