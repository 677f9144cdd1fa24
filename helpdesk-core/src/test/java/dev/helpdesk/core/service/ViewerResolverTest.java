package dev.helpdesk.core.service;

import static dev.helpdesk.core.fixture.Directory.aContact;
import static dev.helpdesk.core.fixture.Directory.anAgent;
import static dev.helpdesk.core.fixture.Directory.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.ticket.Viewer;
import dev.helpdesk.core.domain.sla.ServiceLevels;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.IdGenerator;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A caller is read from the directory once per {@code once} scope, however many services a page calls. */
class ViewerResolverTest {
    private final InMemoryStorage storage = new InMemoryStorage();
    private final AtomicInteger contactReads = new AtomicInteger();
    private final ViewerResolver viewers = new ViewerResolver(new CountingContacts(), storage.organizations(),
            storage.agents(), TicketSchema.defaults());
    private final Organization acme = anOrganization("acme");
    private final Contact alice = aContact("alice").primaryUserOf(acme).build();

    ViewerResolverTest() {
        storage.organizations().save(acme);
        storage.contacts().save(alice);
    }

    @Test
    void outsideAScopeEachResolveReadsTheDirectory() {
        viewers.resolve(Caller.contact(alice.id()));
        viewers.resolve(Caller.contact(alice.id()));

        assertThat(contactReads).hasValue(2);
    }

    @Test
    void insideAScopeACallerIsReadOnceAndNestedScopesJoinIt() {
        List<Viewer> seen = viewers.once(() -> List.of(viewers.resolve(Caller.contact(alice.id())),
                viewers.once(() -> viewers.resolve(Caller.contact(alice.id()))),
                viewers.resolve(Caller.contact(alice.id()))));

        assertThat(contactReads).hasValue(1);
        assertThat(seen).allSatisfy(viewer -> assertThat(viewer).isSameAs(seen.get(0)));
        viewers.resolve(Caller.contact(alice.id()));
        assertThat(contactReads).as("after the scope, read again").hasValue(2);
    }

    @Test
    void aListAndItsRequesterColumnReadTheViewerOnceInAScope() {
        TicketService tickets = new TicketService(storage.transactor(), storage.tickets(), storage.ticketSearch(),
                storage.outbox(), storage.contacts(), storage.organizations(), storage.agents(), storage.teams(),
                viewers, storage.attachments(), Clock.system(), IdGenerator.secureRandom(), TicketSchema.defaults(),
                storage.slas(), ServiceLevels.defaults(), new PlainTextRenderer(), storage.portalSettings(),
                dev.helpdesk.core.port.RateLimiter.UNLIMITED, TicketOpeningLimits.defaults());
        Caller caller = Caller.contact(alice.id());

        boolean requesters = viewers.once(() -> {
            tickets.list(caller, ListTickets.firstPage());
            return tickets.seesOthersTickets(caller);
        });

        assertThat(requesters).isTrue();
        assertThat(contactReads).as("reads of the viewer's contact for the list and the requester column").hasValue(1);
    }

    @Test
    void whoSeesOthersTicketsFollowsTheirMembershipsAndSharing() {
        Organization privateOrg = anOrganization("private", SharingMode.OWN_TICKETS_ONLY);
        Contact member = aContact("bob").memberOf(acme).build();
        Contact loner = aContact("carol").memberOf(privateOrg).build();
        Agent ann = anAgent("ann").build();
        storage.organizations().save(privateOrg);
        storage.contacts().save(member);
        storage.contacts().save(loner);
        storage.agents().save(ann);
        TicketService tickets = Helpdesk.builder().storage(storage).build().tickets();

        assertThat(tickets.seesOthersTickets(Caller.contact(alice.id()))).as("a primary user").isTrue();
        assertThat(tickets.seesOthersTickets(Caller.contact(member.id()))).as("a member where members share").isTrue();
        assertThat(tickets.seesOthersTickets(Caller.contact(loner.id()))).as("a member who sees their own").isFalse();
        assertThat(tickets.seesOthersTickets(Caller.agent(ann.id()))).as("an agent").isTrue();
    }

    /** The in-memory contacts, counting the reads of one contact. */
    private final class CountingContacts implements ContactRepository {
        private final ContactRepository inner;
        private final AtomicInteger reads;

        CountingContacts() {
            this(storage.contacts(), contactReads);
        }

        CountingContacts(ContactRepository inner, AtomicInteger reads) {
            this.inner = inner;
            this.reads = reads;
        }

        @Override
        public void save(Contact contact) {
            inner.save(contact);
        }

        @Override
        public Optional<Contact> find(ContactId id) {
            reads.incrementAndGet();
            return inner.find(id);
        }

        @Override
        public Optional<Contact> findByEmail(EmailAddress address) {
            return inner.findByEmail(address);
        }

        @Override
        public List<Contact> findAll(Collection<ContactId> ids) {
            return inner.findAll(ids);
        }

        @Override
        public List<Contact> inOrganization(OrganizationId organization) {
            return inner.inOrganization(organization);
        }
    }
}
