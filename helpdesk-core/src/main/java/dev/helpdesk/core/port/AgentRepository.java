package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import java.util.List;
import java.util.Optional;

/** Support staff. An address belongs to one agent at most. */
public interface AgentRepository {

    /** Inserts or replaces; an address another agent has is a {@code ConflictException} (agent.email_taken). */
    void save(Agent agent);

    Optional<Agent> find(AgentId id);

    Optional<Agent> findByEmail(EmailAddress address);

    /** All agents, ordered by id. */
    List<Agent> all();
}
