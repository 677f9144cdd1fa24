package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import java.util.Objects;
import java.util.Optional;

/** Who works on a ticket: a team, an agent, both (an agent of the team) or nobody yet. */
public record Assignment(Optional<TeamId> team, Optional<AgentId> agent) {
    public static final Assignment NOBODY = new Assignment(Optional.empty(), Optional.empty());

    public Assignment {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(agent, "agent");
    }

    public static Assignment team(TeamId team) {
        return new Assignment(Optional.of(team), Optional.empty());
    }

    public static Assignment agent(AgentId agent) {
        return new Assignment(Optional.empty(), Optional.of(agent));
    }
}
