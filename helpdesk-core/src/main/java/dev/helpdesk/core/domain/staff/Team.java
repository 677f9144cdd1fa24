package dev.helpdesk.core.domain.staff;

import dev.helpdesk.core.domain.Text;
import java.util.Objects;

/** A group of agents; categories are routed to teams. */
public record Team(TeamId id, String name) {
    public Team {
        Objects.requireNonNull(id, "id");
        name = Text.singleLine("name", name, 120);
    }
}
