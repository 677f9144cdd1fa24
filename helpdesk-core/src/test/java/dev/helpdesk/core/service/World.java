package dev.helpdesk.core.service;

import static dev.helpdesk.core.fixture.Directory.aContact;
import static dev.helpdesk.core.fixture.Directory.aTeam;
import static dev.helpdesk.core.fixture.Directory.anAgent;
import static dev.helpdesk.core.fixture.Directory.anOrganization;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.rating.RatingPolicy;
import dev.helpdesk.core.domain.secret.SecretSharePolicy;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.fixture.FakeSecretCipher;
import dev.helpdesk.core.fixture.Tickets;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A small helpdesk over the in-memory adapter, with a clock the test moves: Acme (members see each other's
 * tickets) with Anna its primary user and Bruno a member, Globex with Carla; Tess of technical support (who
 * handles "other"), Bill of billing.
 */
final class World {
    static final CategoryId OTHER = CategoryId.of("other");
    static final CategoryId BILLING = CategoryId.of("billing");

    final AtomicReference<Instant> now = new AtomicReference<>(Tickets.T0);
    final InMemoryStorage storage = new InMemoryStorage(now::get);
    final FakeSecretCipher cipher = new FakeSecretCipher();
    final Helpdesk helpdesk;

    final Caller anna = Caller.contact(ContactId.of("anna"));
    final Caller bruno = Caller.contact(ContactId.of("bruno"));
    final Caller carla = Caller.contact(ContactId.of("carla"));
    final Caller tess = Caller.agent(AgentId.of("tess"));
    final Caller bill = Caller.agent(AgentId.of("bill"));

    World() {
        this(RatingPolicy.defaults(), SecretSharePolicy.defaults());
    }

    World(RatingPolicy ratingPolicy, SecretSharePolicy secretPolicy) {
        helpdesk = Helpdesk.builder().storage(storage).clock(now::get).ratingPolicy(ratingPolicy)
                .secretSharePolicy(secretPolicy).secretCipher(cipher).build();
        var directory = helpdesk.directory();
        Organization acme = directory.save(anOrganization("acme"));
        Organization globex = directory.save(anOrganization("globex"));
        directory.save(aContact("anna").primaryUserOf(acme).build());
        directory.save(aContact("bruno").memberOf(acme).build());
        directory.save(aContact("carla").memberOf(globex).build());
        Team technical = directory.save(aTeam("technical-support"));
        Team billing = directory.save(aTeam("billing"));
        directory.save(aTeam("web-services"));
        directory.save(anAgent("tess").inTeams(technical).build());
        directory.save(anAgent("bill").inTeams(billing).build());
    }

    TicketService tickets() {
        return helpdesk.tickets();
    }

    RatingService ratings() {
        return helpdesk.ratings();
    }

    SecretShareService secrets() {
        return helpdesk.secretShares();
    }

    TicketId open(Caller requester, CategoryId category, String title) {
        return tickets().open(requester, OpenTicket.of(category, title, "Please help.")).id();
    }

    /** Opens a ticket and marks it resolved. */
    TicketId resolvedTicket(Caller requester) {
        TicketId id = open(requester, OTHER, "VPN drops every hour");
        tickets().markResolved(requester, id);
        return id;
    }

    void reopen(Caller requester, TicketId id) {
        tickets().reply(requester, AddMessage.of(id, "It happens again"));
    }

    void advance(Duration duration) {
        now.set(now.get().plus(duration));
    }

    List<DomainEvent> events() {
        return storage.outbox().pending(1000).stream().map(OutboxEntry::event).toList();
    }

    <T extends DomainEvent> List<T> events(Class<T> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
