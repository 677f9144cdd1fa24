package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.port.TeamRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryTeamRepository implements TeamRepository {
    private final Table<TeamId, Team> table;

    InMemoryTeamRepository(UnitOfWork unitOfWork) {
        table = new Table<>(unitOfWork, Team::id, Comparator.comparing(t -> t.id().value()));
    }

    @Override
    public void save(Team team) {
        table.upsert(team, other -> { });
    }

    @Override
    public Optional<Team> find(TeamId id) {
        return table.find(id);
    }

    @Override
    public List<Team> all() {
        return table.where(t -> true);
    }
}
