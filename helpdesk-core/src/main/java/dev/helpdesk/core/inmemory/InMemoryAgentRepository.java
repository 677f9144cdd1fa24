package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.AgentRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

final class InMemoryAgentRepository implements AgentRepository {
    private final Table<AgentId, Agent> table;

    InMemoryAgentRepository(UnitOfWork unitOfWork) {
        table = new Table<>(unitOfWork, Agent::id, Comparator.comparing(a -> a.id().value()));
    }

    @Override
    public void save(Agent agent) {
        table.upsert(agent, other -> {
            if (other.email().equals(agent.email())) {
                throw new ConflictException("agent.email_taken", "The address " + agent.email() + " belongs to another agent",
                        Map.of("email", agent.email().value()));
            }
        });
    }

    @Override
    public Optional<Agent> find(AgentId id) {
        return table.find(id);
    }

    @Override
    public Optional<Agent> findByEmail(EmailAddress address) {
        return table.findFirst(a -> a.email().equals(address));
    }

    @Override
    public List<Agent> all() {
        return table.where(a -> true);
    }
}
