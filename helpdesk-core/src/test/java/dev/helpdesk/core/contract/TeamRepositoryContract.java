package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Directory.aTeam;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.port.TeamRepository;
import org.junit.jupiter.api.Test;

/** {@link TeamRepository}: save inserts or replaces, find, all ordered by id. */
public abstract class TeamRepositoryContract extends PortContract {

    private TeamRepository teams() {
        return storage().teams();
    }

    private void save(Team team) {
        inTransaction(() -> teams().save(team));
    }

    @Test
    public void aSavedTeamIsFoundEqualToWhatWasSaved() {
        Team team = new Team(TeamId.of("first-line"), "First line — Zürich");
        save(team);
        assertThat(teams().find(team.id())).as(adapter("finds the team as saved")).contains(team);
    }

    @Test
    public void findOfAnUnknownTeamIsEmpty() {
        save(aTeam("first-line"));
        assertThat(teams().find(TeamId.of("second-line"))).as(adapter("finds no unknown team")).isEmpty();
    }

    @Test
    public void savingAgainReplaces() {
        Team team = aTeam("first-line");
        save(team);
        Team renamed = new Team(team.id(), "Front desk");
        save(renamed);
        assertThat(teams().find(team.id())).as(adapter("keeps the replacing team")).contains(renamed);
        assertThat(teams().all()).as(adapter("keeps one row per id")).containsExactly(renamed);
    }

    @Test
    public void allIsOrderedById() {
        Team second = aTeam("second-line");
        Team billing = aTeam("billing");
        Team first = aTeam("first-line");
        save(second);
        save(billing);
        save(first);
        assertThat(teams().all()).as(adapter("lists teams ordered by id")).containsExactly(billing, first, second);
    }

    @Test
    public void allOfAnEmptyStorageIsEmpty() {
        assertThat(teams().all()).as(adapter("lists no team in an empty storage")).isEmpty();
    }
}
