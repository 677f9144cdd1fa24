package dev.helpdesk.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.sla.ServiceLevels;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.fixture.Directory;
import dev.helpdesk.core.fixture.Generators;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.MarkdownRenderer;
import dev.helpdesk.core.port.RateLimiter;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.OutboxEntry;
import dev.helpdesk.core.port.SlaRepository;
import dev.helpdesk.core.port.Storage;
import dev.helpdesk.core.port.StorageException;
import dev.helpdesk.core.port.TeamRepository;
import dev.helpdesk.core.port.TicketRepository;
import dev.helpdesk.core.port.TicketSearch;
import dev.helpdesk.core.port.Transactor;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.DirectoryService;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.PlainTextRenderer;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.core.service.TicketView;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host wires the helpdesk with Guice: this module for the storage ports, its own bindings for the rest. */
class JdbcStorageModuleTest {
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path directory;

    @Test
    void guiceBuildsTheTicketServiceOverAnSqliteFileAndTheStorageClosesAfterwards() {
        Injector injector = Guice.createInjector(new JdbcStorageModule(JdbcStorageConfig.sqlite(
                directory.resolve("helpdesk.db"))), new HostModule());
        TicketService tickets = injector.getInstance(TicketService.class);
        DirectoryService people = injector.getInstance(DirectoryService.class);
        Organization acme = people.save(Directory.anOrganization("acme"));
        Contact alice = people.save(Directory.aContact("alice").memberOf(acme).build());
        Caller caller = Caller.contact(alice.id());

        TicketView opened = tickets.open(caller, OpenTicket.of(CategoryId.of("billing"), "Invoice twice", "Charged twice"));
        List<TicketSummaryView> listed = tickets.list(caller, ListTickets.firstPage()).items();

        assertThat(listed).extracting(TicketSummaryView::id, TicketSummaryView::subject)
                .containsExactly(tuple(opened.id(), "Invoice twice"));
        assertThat(opened.reference()).isEqualTo("HD-1");
        assertThat(opened.createdAt()).as("the host's clock").isEqualTo(NOW);
        assertThat(opened.id().value()).as("the host's ids").startsWith("id");
        assertThat(injector.getInstance(Outbox.class).claim(10, Duration.ofMinutes(1)))
                .as("the outbox keeps the host's time").extracting(OutboxEntry::recordedAt).containsExactly(NOW);
        JdbcStorage storage = injector.getInstance(JdbcStorage.class);
        assertThat(storage.isSqlite()).isTrue();

        storage.close();

        assertThatThrownBy(() -> tickets.list(caller, ListTickets.firstPage()))
                .as("the pools are closed").isInstanceOf(StorageException.class);
    }

    @Test
    void everyStoragePortIsBoundToTheOneStorage() {
        Injector injector = Guice.createInjector(new JdbcStorageModule(JdbcStorageConfig.sqlite(
                directory.resolve("helpdesk.db"))), new HostModule());
        JdbcStorage storage = injector.getInstance(JdbcStorage.class);
        try {
            assertThat(injector.getInstance(JdbcStorage.class)).as("a singleton").isSameAs(storage);
            assertThat(injector.getInstance(Storage.class)).isSameAs(storage);
            assertThat(injector.getInstance(Transactor.class)).isSameAs(storage.transactor());
            assertThat(injector.getInstance(TicketRepository.class)).isSameAs(storage.tickets());
            assertThat(injector.getInstance(TicketSearch.class)).isSameAs(storage.ticketSearch());
            assertThat(injector.getInstance(OrganizationRepository.class)).isSameAs(storage.organizations());
            assertThat(injector.getInstance(ContactRepository.class)).isSameAs(storage.contacts());
            assertThat(injector.getInstance(AgentRepository.class)).isSameAs(storage.agents());
            assertThat(injector.getInstance(TeamRepository.class)).isSameAs(storage.teams());
            assertThat(injector.getInstance(Outbox.class)).isSameAs(storage.outbox());
            assertThat(injector.getInstance(AttachmentStore.class)).isSameAs(storage.attachments());
            assertThat(injector.getInstance(SlaRepository.class)).isSameAs(storage.slas());
            assertThat(injector.getInstance(dev.helpdesk.core.port.KnowledgeBaseRepository.class))
                    .isSameAs(storage.knowledgeBase());
        } finally {
            storage.close();
        }
    }

    @Test
    void theCustomiserSetsOptionsSuchAsTheAttachmentDirectory() {
        Path attachments = directory.resolve("attachments");
        Injector injector = Guice.createInjector(new JdbcStorageModule(JdbcStorageConfig.sqlite(
                directory.resolve("helpdesk.db")), storage -> storage.attachmentsIn(attachments)), new HostModule());
        JdbcStorage storage = injector.getInstance(JdbcStorage.class);
        try {
            assertThat(injector.getInstance(AttachmentStore.class)).isInstanceOf(FileSystemAttachmentStore.class);
            assertThat(attachments).isDirectory();
        } finally {
            storage.close();
        }
    }

    /** What the host binds itself: time, ids and its ticket schema. */
    private static final class HostModule extends AbstractModule {
        @Override
        protected void configure() {
            bind(Clock.class).toInstance(() -> NOW);
            bind(IdGenerator.class).toInstance(Generators.countingIds());
            bind(TicketSchema.class).toInstance(TicketSchema.defaults());
            bind(ServiceLevels.class).toInstance(ServiceLevels.defaults());
            bind(MarkdownRenderer.class).to(PlainTextRenderer.class);
            // no limit on tickets opened in this test (helpdesk-defaults' Bucket4jRateLimiter in a real host)
            bind(RateLimiter.class).toInstance(RateLimiter.UNLIMITED);
        }
    }
}
