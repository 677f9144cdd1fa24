package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.AgentRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;

public final class JdbcAgentRepository implements AgentRepository {
    private static final String COLUMNS = "SELECT id, name, email, role, teams FROM agent";
    private final Database database;

    public JdbcAgentRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(Agent agent) {
        database.write(h -> {
            boolean taken = h.createQuery("SELECT 1 FROM agent WHERE email = :email AND id <> :id")
                    .bind("email", agent.email().value()).bind("id", agent.id().value())
                    .mapTo(Integer.class).findOne().isPresent();
            if (taken) {
                throw emailTaken(agent);
            }
            try {
                h.createUpdate("INSERT INTO agent (id, name, email, role, teams) VALUES (:id, :name, :email, :role, :teams) "
                                + "ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, "
                                + "role = excluded.role, teams = excluded.teams")
                        .bind("id", agent.id().value())
                        .bind("name", agent.name())
                        .bind("email", agent.email().value())
                        .bind("role", agent.role().name())
                        .bind("teams", Json.teams(agent.teams()))
                        .execute();
            } catch (JdbiException e) {
                if (Database.isUniqueViolation(e)) {
                    throw emailTaken(agent);
                }
                throw e;
            }
        });
    }

    @Override
    public Optional<Agent> find(AgentId id) {
        return database.read(h -> h.createQuery(COLUMNS + " WHERE id = :id").bind("id", id.value())
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Optional<Agent> findByEmail(EmailAddress address) {
        return database.read(h -> h.createQuery(COLUMNS + " WHERE email = :email").bind("email", address.value())
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<Agent> all() {
        return database.read(h -> h.createQuery(COLUMNS + " ORDER BY id").map((rs, ctx) -> map(rs)).list());
    }

    private static ConflictException emailTaken(Agent agent) {
        return new ConflictException("agent.email_taken", "The address " + agent.email() + " belongs to another agent",
                Map.of("email", agent.email().value()));
    }

    private static Agent map(ResultSet rs) throws SQLException {
        return new Agent(AgentId.of(rs.getString("id")), rs.getString("name"), EmailAddress.of(rs.getString("email")),
                Json.teams(rs.getString("teams")), AgentRole.valueOf(rs.getString("role")));
    }
}
