package dev.helpdesk.examples.guice;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.sla.ServiceLevels;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.MarkdownRenderer;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.PortalSettingsRepository;
import dev.helpdesk.core.port.RateLimiter;
import dev.helpdesk.core.port.SlaRepository;
import dev.helpdesk.core.port.TeamRepository;
import dev.helpdesk.core.port.TicketRepository;
import dev.helpdesk.core.port.TicketSearch;
import dev.helpdesk.core.port.Transactor;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.DirectoryService;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.PlainTextRenderer;
import dev.helpdesk.core.service.SlaService;
import dev.helpdesk.core.service.TicketService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Core has no Guice module: binding the ports is enough for Guice to build the services just in time. */
class GuiceWiringTest {

    @Test
    void guiceBuildsTheServicesFromBoundPorts() {
        InMemoryStorage storage = new InMemoryStorage();
        Injector injector = Guice.createInjector(new AbstractModule() {
            @Override
            protected void configure() {
                bind(Transactor.class).toInstance(storage.transactor());
                bind(TicketRepository.class).toInstance(storage.tickets());
                bind(TicketSearch.class).toInstance(storage.ticketSearch());
                bind(OrganizationRepository.class).toInstance(storage.organizations());
                bind(ContactRepository.class).toInstance(storage.contacts());
                bind(AgentRepository.class).toInstance(storage.agents());
                bind(TeamRepository.class).toInstance(storage.teams());
                bind(Outbox.class).toInstance(storage.outbox());
                bind(AttachmentStore.class).toInstance(storage.attachments());
                bind(Clock.class).toInstance(Clock.system());
                bind(IdGenerator.class).toInstance(IdGenerator.secureRandom());
                bind(TicketSchema.class).toInstance(TicketSchema.defaults());
                bind(SlaRepository.class).toInstance(storage.slas());
                bind(ServiceLevels.class).toInstance(ServiceLevels.defaults());
                bind(MarkdownRenderer.class).to(PlainTextRenderer.class);
                bind(PortalSettingsRepository.class).toInstance(storage.portalSettings());
                bind(RateLimiter.class).toInstance(RateLimiter.UNLIMITED);
            }
        });
        DirectoryService directory = injector.getInstance(DirectoryService.class);
        directory.save(Organization.of("acme", "Acme", SharingMode.MEMBERS_VIEW));
        directory.save(new Contact(ContactId.of("anna"), "Anna", "", EmailAddress.of("anna@acme.example"), Set.of(),
                List.of(Membership.member(OrganizationId.of("acme")))));
        TicketService tickets = injector.getInstance(TicketService.class);

        tickets.open(Caller.contact(ContactId.of("anna")), OpenTicket.of(CategoryId.of("other"), "Wired by Guice", ""));

        assertThat(tickets.list(Caller.contact(ContactId.of("anna")), ListTickets.firstPage()).items())
                .extracting(row -> row.subject()).containsExactly("Wired by Guice");
        assertThat(injector.getInstance(SlaService.class)).isNotNull();
    }
}
