package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Directory.aTeam;
import static dev.helpdesk.core.fixture.Directory.anAgent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.port.AgentRepository;
import org.junit.jupiter.api.Test;

/** {@link AgentRepository}: save inserts or replaces, find, findByEmail (one agent per address), all by id. */
public abstract class AgentRepositoryContract extends PortContract {
    private final Team firstLine = aTeam("first-line");
    private final Team secondLine = aTeam("second-line");

    private AgentRepository agents() {
        return storage().agents();
    }

    private void save(Agent agent) {
        inTransaction(() -> agents().save(agent));
    }

    @Test
    public void aSavedAgentIsFoundEqualToWhatWasSaved() {
        Agent ann = anAgent("ann").named("Ann Žáková").inTeams(firstLine, secondLine).build();
        Agent root = anAgent("root").admin().build();
        save(ann);
        save(root);
        assertThat(agents().find(ann.id())).as(adapter("finds the agent as saved, teams and all")).contains(ann);
        assertThat(agents().find(root.id())).as(adapter("finds an admin as saved")).contains(root);
    }

    @Test
    public void findOfAnUnknownAgentIsEmpty() {
        save(anAgent("ann").build());
        assertThat(agents().find(AgentId.of("ben"))).as(adapter("finds no unknown agent")).isEmpty();
    }

    @Test
    public void savingAgainReplaces() {
        Agent ann = anAgent("ann").inTeams(firstLine).build();
        save(ann);
        Agent moved = anAgent("ann").named("Ann Other").email("ann@support.test").inTeams(secondLine).admin().build();
        save(moved);
        assertThat(agents().find(ann.id())).as(adapter("keeps the replacing agent")).contains(moved);
        assertThat(agents().all()).as(adapter("keeps one row per id")).containsExactly(moved);
        assertThat(agents().findByEmail(ann.email())).as(adapter("frees the replaced address")).isEmpty();
    }

    @Test
    public void allIsOrderedById() {
        Agent cleo = anAgent("cleo").build();
        Agent ann = anAgent("ann").build();
        Agent ben = anAgent("ben").build();
        save(cleo);
        save(ann);
        save(ben);
        assertThat(agents().all()).as(adapter("lists agents ordered by id")).containsExactly(ann, ben, cleo);
    }

    @Test
    public void allOfAnEmptyStorageIsEmpty() {
        assertThat(agents().all()).as(adapter("lists no agent in an empty storage")).isEmpty();
    }

    @Test
    public void findByEmailFindsTheAgentOwningTheAddress() {
        Agent ann = anAgent("ann").build();
        Agent ben = anAgent("ben").build();
        save(ann);
        save(ben);
        assertThat(agents().findByEmail(EmailAddress.of("ben@example.test"))).as(adapter("finds an agent by address"))
                .contains(ben);
        assertThat(agents().findByEmail(EmailAddress.of("ANN@example.test")))
                .as(adapter("finds an agent by an address typed in another case")).contains(ann);
        assertThat(agents().findByEmail(EmailAddress.of("cleo@example.test")))
                .as(adapter("finds nobody for an unknown address")).isEmpty();
    }

    @Test
    public void anAddressAnotherAgentHasIsTakenAndNothingChanges() {
        Agent ann = anAgent("ann").build();
        Agent ben = anAgent("ben").build();
        save(ann);
        save(ben);
        Agent impostor = anAgent("mallory").email("ann@example.test").build();
        assertConflict("agent.email_taken", "refuses a new agent with another agent's address", () -> save(impostor));
        Agent benTakingAnns = anAgent("ben").email("ann@example.test").admin().build();
        assertConflict("agent.email_taken", "refuses a replacement with another agent's address",
                () -> save(benTakingAnns));
        assertThat(agents().find(impostor.id())).as(adapter("does not keep the refused agent")).isEmpty();
        assertThat(agents().find(ben.id())).as(adapter("keeps the stored agent unchanged")).contains(ben);
        assertThat(agents().findByEmail(ann.email())).as(adapter("leaves the address with its owner")).contains(ann);
    }

    @Test
    public void anAgentMayKeepItsAddressWhenSavedAgain() {
        Agent ann = anAgent("ann").build();
        save(ann);
        Agent promoted = anAgent("ann").admin().build();
        save(promoted);
        assertThat(agents().findByEmail(ann.email())).as(adapter("lets an agent be saved again with its address"))
                .contains(promoted);
    }
}
