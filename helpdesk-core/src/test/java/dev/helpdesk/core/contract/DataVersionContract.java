package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Directory.aContact;
import static dev.helpdesk.core.fixture.Directory.anOrganization;
import static dev.helpdesk.core.fixture.Tickets.aTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketEvents;
import dev.helpdesk.core.port.DataVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link DataVersion}: reads leave it alone; every committed change, of any port, in a unit of work or alone, makes
 * it a value not seen before. Skipped, with a reason, for an adapter that keeps {@link DataVersion#UNKNOWN}.
 */
public abstract class DataVersionContract extends PortContract {
    private final AtomicInteger made = new AtomicInteger();

    private Object version() {
        DataVersion version = storage().dataVersion();
        assumeTrue(version != DataVersion.UNKNOWN, adapter("keeps DataVersion.UNKNOWN: there is no version to check"));
        return version.current();
    }

    @Test
    public void readsLeaveTheVersionAlone() {
        Organization acme = anOrganization("acme");
        Contact alice = aContact("alice").primaryUserOf(acme).build();
        Ticket ticket = aTicket().number(1).requester(alice).organization(acme).build();
        storage().transactor().run(() -> {
            storage().organizations().save(acme);
            storage().contacts().save(alice);
            storage().tickets().insert(ticket);
        });

        Object before = version();
        assertThat(storage().tickets().find(ticket.id())).isPresent();
        assertThat(storage().contacts().find(alice.id())).isPresent();
        storage().organizations().find(acme.id());
        storage().outbox().pending(10);

        assertThat(version()).as(adapter("keeps the version while only reading")).isEqualTo(before);
        assertThat(version()).as(adapter("gives equal versions to reads in a row")).isEqualTo(version());
    }

    @Test
    public void everyCommittedChangeMakesANewVersion() {
        qt().withExamples(20).forAll(lists().of(integers().between(0, 4)).ofSizeBetween(1, 6)).checkAssert(changes -> {
            List<Object> seen = new ArrayList<>();
            seen.add(version());
            for (int change : changes) {
                commit(change);
                Object now = version();
                assertThat(seen).as(adapter("gives a version not seen before after change " + change)
                        + " of " + changes).doesNotContain(now);
                seen.add(now);
            }
        });
    }

    @Test
    public void aUnitOfWorkMakesANewVersionWhenItEnds() {
        Object before = version();
        Organization acme = anOrganization("acme");
        storage().transactor().run(() -> {
            storage().organizations().save(acme);
            storage().organizations().save(anOrganization("globex"));
        });
        assertThat(version()).as(adapter("gives a new version once a unit of work commits")).isNotEqualTo(before);
    }

    @Test
    public void aRolledBackUnitLeavesTheDataAsTheVersionSays() {
        Organization acme = anOrganization("acme");
        storage().organizations().save(acme);
        Object before = version();
        assertThatThrownBy(() -> storage().transactor().run(() -> {
            storage().organizations().save(anOrganization("globex"));
            throw new IllegalStateException("rolled back by the contract suite on purpose");
        })).isInstanceOf(IllegalStateException.class);

        // a rollback may or may not count as a change, but an unchanged version must mean unchanged data
        if (version().equals(before)) {
            assertThat(storage().organizations().find(anOrganization("globex").id()))
                    .as(adapter("keeps the version only when nothing changed")).isEmpty();
        }
    }

    /** One committed change of some port, each on rows of its own so that it can be repeated. */
    private void commit(int kind) {
        int n = made.incrementAndGet();
        Organization organization = anOrganization("org-" + n);
        switch (kind) {
            case 0 -> storage().organizations().save(organization);
            case 1 -> storage().transactor().run(() -> {
                storage().organizations().save(organization);
                storage().contacts().save(aContact("contact-" + n).memberOf(organization).build());
            });
            case 2 -> storage().transactor().run(() -> {
                Contact requester = aContact("requester-" + n).memberOf(organization).build();
                storage().organizations().save(organization);
                storage().contacts().save(requester);
                storage().tickets().insert(aTicket().number(n).requester(requester).organization(organization)
                        .build());
            });
            case 3 -> storage().transactor().run(() -> {
                Contact requester = aContact("opener-" + n).memberOf(organization).build();
                Ticket ticket = aTicket().number(n).requester(requester).organization(organization).build();
                storage().organizations().save(organization);
                storage().contacts().save(requester);
                storage().tickets().insert(ticket);
                storage().outbox().append(new TicketEvents.TicketOpened(ticket.id(), ticket.number(),
                        ticket.requester(), ticket.createdAt()));
            });
            default -> {
                storage().organizations().save(organization);
                storage().organizations().save(organization.withSharing(SharingMode.OWN_TICKETS_ONLY));
            }
        }
    }
}
