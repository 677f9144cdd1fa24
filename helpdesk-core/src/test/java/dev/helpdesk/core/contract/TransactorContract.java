package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Directory.aContact;
import static dev.helpdesk.core.fixture.Directory.aTeam;
import static dev.helpdesk.core.fixture.Directory.anAgent;
import static dev.helpdesk.core.fixture.Directory.anOrganization;
import static dev.helpdesk.core.fixture.Tickets.aTicket;
import static dev.helpdesk.core.fixture.Tickets.at;
import static dev.helpdesk.core.fixture.Tickets.nextVersionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketEvents;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.OutboxEntry;
import dev.helpdesk.core.port.Storage;
import dev.helpdesk.core.port.Transactor;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link Transactor}: all of a unit of work is kept, or, when it throws, none of it; nested units join. */
public abstract class TransactorContract extends PortContract {

    /** Thrown by the tests to roll a unit of work back. */
    static final class Boom extends RuntimeException {
        Boom() {
            super("boom (thrown by the contract suite on purpose)");
        }
    }

    private Transactor transactor() {
        return storage().transactor();
    }

    private static TicketEvents.TicketOpened openedEvent(Ticket ticket) {
        return new TicketEvents.TicketOpened(ticket.id(), ticket.number(), ticket.requester(), ticket.createdAt());
    }

    @Test
    public void aCommittedUnitIsVisibleAfterwards() {
        Organization acme = anOrganization("acme");
        Contact alice = aContact("alice").primaryUserOf(acme).build();
        Team team = aTeam("first-line");
        Agent ann = anAgent("ann").inTeams(team).build();
        Ticket ticket = aTicket().number(1).requester(alice).organization(acme).build();

        String result = transactor().inTransaction(() -> {
            storage().organizations().save(acme);
            storage().contacts().save(alice);
            storage().teams().save(team);
            storage().agents().save(ann);
            storage().tickets().insert(ticket);
            storage().outbox().append(openedEvent(ticket));
            return "done";
        });

        assertThat(result).as(adapter("returns the work's result")).isEqualTo("done");
        assertThat(storage().organizations().find(acme.id())).as(adapter("keeps the organization")).contains(acme);
        assertThat(storage().contacts().find(alice.id())).as(adapter("keeps the contact")).contains(alice);
        assertThat(storage().teams().find(team.id())).as(adapter("keeps the team")).contains(team);
        assertThat(storage().agents().find(ann.id())).as(adapter("keeps the agent")).contains(ann);
        assertThat(storage().tickets().find(ticket.id())).as(adapter("keeps the ticket")).contains(ticket);
        assertThat(storage().outbox().pending(10)).extracting(OutboxEntry::event)
                .as(adapter("keeps the event")).containsExactly(openedEvent(ticket));
    }

    @Test
    public void runCommitsToo() {
        Organization acme = anOrganization("acme");
        transactor().run(() -> storage().organizations().save(acme));
        assertThat(storage().organizations().find(acme.id())).as(adapter("keeps what run() wrote")).contains(acme);
    }

    @Test
    public void aRolledBackUnitLeavesNoNewRow() {
        Organization acme = anOrganization("acme");
        Contact alice = aContact("alice").primaryUserOf(acme).build();
        Team team = aTeam("first-line");
        Agent ann = anAgent("ann").inTeams(team).build();
        Ticket ticket = aTicket().number(1).requester(alice).organization(acme).build();

        assertThatThrownBy(() -> transactor().run(() -> {
            storage().organizations().save(acme);
            storage().contacts().save(alice);
            storage().teams().save(team);
            storage().agents().save(ann);
            storage().tickets().insert(ticket);
            storage().outbox().append(openedEvent(ticket));
            throw new Boom();
        })).isInstanceOf(Boom.class);

        assertThat(storage().organizations().all()).as(adapter("rolls back the new organization")).isEmpty();
        assertThat(storage().contacts().find(alice.id())).as(adapter("rolls back the new contact")).isEmpty();
        assertThat(storage().contacts().findByEmail(alice.email())).as(adapter("frees the new contact's address"))
                .isEmpty();
        assertThat(storage().contacts().inOrganization(acme.id())).as(adapter("rolls back the new membership"))
                .isEmpty();
        assertThat(storage().teams().all()).as(adapter("rolls back the new team")).isEmpty();
        assertThat(storage().agents().all()).as(adapter("rolls back the new agent")).isEmpty();
        assertThat(storage().agents().findByEmail(ann.email())).as(adapter("frees the new agent's address")).isEmpty();
        assertThat(storage().tickets().find(ticket.id())).as(adapter("rolls back the new ticket")).isEmpty();
        assertThat(storage().tickets().findByNumber(ticket.number())).as(adapter("frees the new ticket's number"))
                .isEmpty();
        assertThat(storage().outbox().pending(10)).as(adapter("rolls back the appended event")).isEmpty();
    }

    @Test
    public void aRolledBackUnitRestoresReplacedRows() {
        Organization acme = anOrganization("acme");
        Contact alice = aContact("alice").primaryUserOf(acme).build();
        Team team = aTeam("first-line");
        Agent ann = anAgent("ann").inTeams(team).build();
        Ticket ticket = aTicket().number(1).requester(alice).organization(acme).withPublicMessage("Help").build();
        inTransaction(() -> {
            storage().organizations().save(acme);
            storage().contacts().save(alice);
            storage().teams().save(team);
            storage().agents().save(ann);
            storage().tickets().insert(ticket);
            storage().outbox().append(openedEvent(ticket));
        });
        OutboxEntry entry = storage().outbox().pending(1).get(0);

        Organization renamed = new Organization(acme.id(), "Acme Corporation", acme.timeZone(), acme.locale(),
                SharingMode.OWN_TICKETS_ONLY);
        Contact moved = aContact("alice").email("alice@elsewhere.test").memberOf(anOrganization("globex")).build();
        Team renamedTeam = new Team(team.id(), "Second line");
        Agent promoted = anAgent("ann").email("ann@elsewhere.test").admin().build();
        Ticket answered = nextVersionOf(ticket).status("replied").withAgentReply("On it").updatedAt(at(1)).build();

        assertThatThrownBy(() -> transactor().run(() -> {
            storage().organizations().save(renamed);
            storage().contacts().save(moved);
            storage().teams().save(renamedTeam);
            storage().agents().save(promoted);
            storage().tickets().update(answered);
            storage().outbox().acknowledge(entry.id());
            throw new Boom();
        })).isInstanceOf(Boom.class);

        assertThat(storage().organizations().find(acme.id())).as(adapter("restores the replaced organization"))
                .contains(acme);
        assertThat(storage().contacts().find(alice.id())).as(adapter("restores the replaced contact")).contains(alice);
        assertThat(storage().contacts().findByEmail(alice.email()))
                .as(adapter("finds the contact by its restored address")).contains(alice);
        assertThat(storage().contacts().findByEmail(moved.email())).as(adapter("forgets the rolled-back address"))
                .isEmpty();
        assertThat(storage().contacts().inOrganization(acme.id())).as(adapter("restores the membership"))
                .containsExactly(alice);
        assertThat(storage().teams().find(team.id())).as(adapter("restores the replaced team")).contains(team);
        assertThat(storage().agents().find(ann.id())).as(adapter("restores the replaced agent")).contains(ann);
        assertThat(storage().agents().findByEmail(promoted.email())).as(adapter("forgets the rolled-back agent address"))
                .isEmpty();
        assertThat(storage().tickets().find(ticket.id())).as(adapter("restores the updated ticket")).contains(ticket);
        assertThat(storage().outbox().pending(10)).as(adapter("restores the acknowledged entry"))
                .containsExactly(entry);
    }

    @Test
    public void theExceptionPropagatesUnchanged() {
        Boom boom = new Boom();
        assertThatThrownBy(() -> transactor().inTransaction(() -> {
            storage().organizations().save(anOrganization("acme"));
            throw boom;
        })).as(adapter("rethrows the work's own exception, not a wrapper")).isSameAs(boom);

        ConflictException conflict = new ConflictException("ticket.closed", "closed", Map.of());
        assertThatThrownBy(() -> transactor().run(() -> {
            throw conflict;
        })).as(adapter("rethrows a domain exception unchanged")).isSameAs(conflict);

        AssertionError error = new AssertionError("an Error");
        assertThatThrownBy(() -> transactor().run(() -> {
            storage().organizations().save(anOrganization("globex"));
            throw error;
        })).as(adapter("rethrows an Error unchanged")).isSameAs(error);
        assertThat(storage().organizations().all()).as(adapter("rolls back when work throws an Error")).isEmpty();
    }

    @Test
    public void aFailedWriteRollsBackTheWritesBeforeItInTheSameUnit() {
        Contact alice = aContact("alice").build();
        inTransaction(() -> storage().contacts().save(alice));
        Organization acme = anOrganization("acme");
        Contact impostor = aContact("mallory").email(alice.email().value()).build();

        assertConflict("contact.email_taken", "refuses a second owner of an address", () -> transactor().run(() -> {
            storage().organizations().save(acme);
            storage().tickets().insert(aTicket().number(1).build());
            storage().contacts().save(impostor);
        }));

        assertThat(storage().organizations().all()).as(adapter("rolls back the writes before the failed one"))
                .isEmpty();
        assertThat(storage().tickets().findByNumber(aTicket().number(1).build().number()))
                .as(adapter("rolls back the ticket written before the failed write")).isEmpty();
        assertThat(storage().contacts().find(impostor.id())).as(adapter("does not keep the refused contact")).isEmpty();
    }

    @Test
    public void aNestedUnitJoinsTheOuterOneAndRollsBackWithIt() {
        Ticket outer = aTicket().number(1).build();
        Ticket inner = aTicket().number(2).build();
        assertThatThrownBy(() -> transactor().run(() -> {
            storage().tickets().insert(outer);
            String innerResult = transactor().inTransaction(() -> {
                storage().tickets().insert(inner);
                storage().outbox().append(openedEvent(inner));
                return "inner done";
            });
            assertThat(innerResult).as(adapter("returns the nested work's result")).isEqualTo("inner done");
            assertThat(storage().tickets().find(inner.id()))
                    .as(adapter("shows the nested unit's write inside the outer unit")).contains(inner);
            throw new Boom();
        })).isInstanceOf(Boom.class);

        assertThat(storage().tickets().find(outer.id())).as(adapter("rolls back the outer write")).isEmpty();
        assertThat(storage().tickets().find(inner.id()))
                .as(adapter("rolls back the nested unit's write with the outer unit")).isEmpty();
        assertThat(storage().outbox().pending(10)).as(adapter("rolls back the nested unit's event")).isEmpty();
    }

    @Test
    public void aNestedUnitCommitsWithTheOuterOne() {
        Ticket outer = aTicket().number(1).build();
        Ticket inner = aTicket().number(2).build();
        transactor().run(() -> {
            storage().tickets().insert(outer);
            transactor().run(() -> storage().tickets().insert(inner));
        });
        assertThat(storage().tickets().find(outer.id())).as(adapter("keeps the outer write")).contains(outer);
        assertThat(storage().tickets().find(inner.id())).as(adapter("keeps the nested write")).contains(inner);
    }

    @Test
    public void readsInsideAUnitSeeItsOwnWrites() {
        Ticket ticket = aTicket().number(1).build();
        Organization acme = anOrganization("acme");
        List<Object> seen = transactor().inTransaction(() -> {
            storage().tickets().insert(ticket);
            storage().organizations().save(acme);
            return List.of(storage().tickets().find(ticket.id()), storage().organizations().all());
        });
        assertThat(seen).as(adapter("lets a unit of work read what it wrote"))
                .containsExactly(Optional.of(ticket), List.of(acme));
    }

    @Test
    public void aStorageIsUsableAfterARollback() {
        Storage storage = storage();
        assertThatThrownBy(() -> transactor().run(() -> {
            storage.tickets().insert(aTicket().number(1).build());
            throw new Boom();
        })).isInstanceOf(Boom.class);
        Ticket ticket = aTicket().number(1).build();
        inTransaction(() -> storage.tickets().insert(ticket));
        assertThat(storage.tickets().find(ticket.id())).as(adapter("accepts the same ticket again after a rollback"))
                .contains(ticket);
    }

    @Test
    public void aReadUnitReturnsWhatItsReadsFound() {
        Organization acme = anOrganization("acme");
        Contact alice = aContact("alice").primaryUserOf(acme).build();
        Ticket ticket = aTicket().number(1).requester(alice).organization(acme).build();
        inTransaction(() -> {
            storage().organizations().save(acme);
            storage().contacts().save(alice);
            storage().tickets().insert(ticket);
        });

        List<Object> seen = transactor().inReadTransaction(() -> List.of(storage().contacts().find(alice.id()),
                storage().organizations().find(acme.id()), storage().tickets().find(ticket.id()),
                transactor().inReadTransaction(() -> storage().tickets().find(ticket.id()))));

        assertThat(seen).as(adapter("reads every port in a read unit, nested read units joining"))
                .containsExactly(Optional.of(alice), Optional.of(acme), Optional.of(ticket), Optional.of(ticket));
    }

    @Test
    public void aReadUnitPassesItsWorksFailureOnAndLeavesTheStorageUsable() {
        Organization acme = anOrganization("acme");
        assertThatThrownBy(() -> transactor().inReadTransaction(() -> {
            storage().organizations().find(acme.id());
            throw new Boom();
        })).isInstanceOf(Boom.class);

        inTransaction(() -> storage().organizations().save(acme));
        assertThat(transactor().inReadTransaction(() -> storage().organizations().find(acme.id())))
                .as(adapter("reads after a failed read unit")).contains(acme);
    }

    @Test
    public void aUnitOfWorkInsideAReadUnitIsCommitted() {
        Organization acme = anOrganization("acme");
        transactor().inReadTransaction(() -> {
            transactor().run(() -> storage().organizations().save(acme));
            return null;
        });
        assertThat(storage().organizations().find(acme.id()))
                .as(adapter("keeps what a unit of work inside a read unit wrote")).contains(acme);
    }
}
