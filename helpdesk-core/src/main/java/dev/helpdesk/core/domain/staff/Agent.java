package dev.helpdesk.core.domain.staff;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.Text;
import java.util.Objects;
import java.util.Set;

/** A member of the support staff. */
public record Agent(AgentId id, String name, EmailAddress email, Set<TeamId> teams, AgentRole role) {
    public Agent {
        Objects.requireNonNull(id, "id");
        name = Text.singleLine("name", name, 120);
        Objects.requireNonNull(email, "email");
        teams = Set.copyOf(teams);
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == AgentRole.ADMIN;
    }
}
