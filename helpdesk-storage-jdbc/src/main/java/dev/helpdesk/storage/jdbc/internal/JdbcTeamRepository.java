package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.port.TeamRepository;
import java.util.List;
import java.util.Optional;

public final class JdbcTeamRepository implements TeamRepository {
    private final Database database;

    public JdbcTeamRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(Team team) {
        database.write(h -> h.createUpdate("INSERT INTO team (id, name) VALUES (:id, :name) "
                        + "ON CONFLICT (id) DO UPDATE SET name = excluded.name")
                .bind("id", team.id().value()).bind("name", team.name()).execute());
    }

    @Override
    public Optional<Team> find(TeamId id) {
        return database.read(h -> h.createQuery("SELECT id, name FROM team WHERE id = :id").bind("id", id.value())
                .map((rs, ctx) -> new Team(TeamId.of(rs.getString("id")), rs.getString("name"))).findOne());
    }

    @Override
    public List<Team> all() {
        return database.read(h -> h.createQuery("SELECT id, name FROM team ORDER BY id")
                .map((rs, ctx) -> new Team(TeamId.of(rs.getString("id")), rs.getString("name"))).list());
    }
}
