package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import java.util.List;
import java.util.Optional;

/** Support teams. {@link #save} inserts or replaces. */
public interface TeamRepository {
    void save(Team team);

    Optional<Team> find(TeamId id);

    /** All teams, ordered by id. */
    List<Team> all();
}
