package dev.helpdesk.storage.jdbc;

import com.google.inject.AbstractModule;
import com.google.inject.Binding;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import dev.helpdesk.core.port.AccountRepository;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.KnowledgeBaseRepository;
import dev.helpdesk.core.port.OneTimeCodeRepository;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.PortalSettingsRepository;
import dev.helpdesk.core.port.RatingRepository;
import dev.helpdesk.core.port.SecretShareRepository;
import dev.helpdesk.core.port.SessionRepository;
import dev.helpdesk.core.port.SlaRepository;
import dev.helpdesk.core.port.Storage;
import dev.helpdesk.core.port.TeamRepository;
import dev.helpdesk.core.port.TicketRepository;
import dev.helpdesk.core.port.TicketSearch;
import dev.helpdesk.core.port.Transactor;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Binds every storage port to one {@link JdbcStorage}, opened (and migrated) when first needed: {@link Storage},
 * {@link Transactor}, the repositories, {@link TicketSearch}, {@link Outbox} and {@link AttachmentStore}, and
 * {@link JdbcStorage} itself, so that the host can close it. The clock, the id generator and the ticket schema
 * are the host's to bind; the outbox keeps time with the host's {@link Clock} when one is bound, the system
 * clock otherwise.
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(
 *         new JdbcStorageModule(JdbcStorageConfig.sqlite(Path.of("helpdesk.db")),
 *                 storage -> storage.attachmentsIn(Path.of("attachments"))),
 *         hostModule); // binds Clock, IdGenerator and TicketSchema
 * TicketService tickets = injector.getInstance(TicketService.class);
 * ...
 * injector.getInstance(JdbcStorage.class).close();
 * }</pre>
 */
public final class JdbcStorageModule extends AbstractModule {
    private final JdbcStorageConfig config;
    private final Consumer<JdbcStorage.Builder> customiser;

    /** The storage as {@link JdbcStorage#open(JdbcStorageConfig)} opens it (attachments in the database). */
    public JdbcStorageModule(JdbcStorageConfig config) {
        this(config, builder -> {
        });
    }

    /**
     * The storage with further options, set on its builder before it opens: the outbox retry policy, a directory
     * for attachments ({@code storage -> storage.attachmentsIn(dir)}), a clock of its own.
     */
    public JdbcStorageModule(JdbcStorageConfig config, Consumer<JdbcStorage.Builder> customiser) {
        this.config = Objects.requireNonNull(config, "config");
        this.customiser = Objects.requireNonNull(customiser, "customiser");
    }

    @Override
    protected void configure() {
        bind(Storage.class).to(JdbcStorage.class);
    }

    @Provides
    @Singleton
    JdbcStorage storage(Injector injector) {
        JdbcStorage.Builder builder = JdbcStorage.builder(config);
        Binding<Clock> clock = injector.getExistingBinding(Key.get(Clock.class));
        if (clock != null) {
            builder.clock(clock.getProvider().get());
        }
        customiser.accept(builder);
        return builder.open();
    }

    @Provides
    Transactor transactor(JdbcStorage storage) {
        return storage.transactor();
    }

    @Provides
    TicketRepository tickets(JdbcStorage storage) {
        return storage.tickets();
    }

    @Provides
    TicketSearch ticketSearch(JdbcStorage storage) {
        return storage.ticketSearch();
    }

    @Provides
    OrganizationRepository organizations(JdbcStorage storage) {
        return storage.organizations();
    }

    @Provides
    ContactRepository contacts(JdbcStorage storage) {
        return storage.contacts();
    }

    @Provides
    AgentRepository agents(JdbcStorage storage) {
        return storage.agents();
    }

    @Provides
    TeamRepository teams(JdbcStorage storage) {
        return storage.teams();
    }

    @Provides
    Outbox outbox(JdbcStorage storage) {
        return storage.outbox();
    }

    @Provides
    AttachmentStore attachments(JdbcStorage storage) {
        return storage.attachments();
    }

    @Provides
    SlaRepository slas(JdbcStorage storage) {
        return storage.slas();
    }

    @Provides
    KnowledgeBaseRepository knowledgeBase(JdbcStorage storage) {
        return storage.knowledgeBase();
    }

    @Provides
    AccountRepository accounts(JdbcStorage storage) {
        return storage.accounts();
    }

    @Provides
    OneTimeCodeRepository oneTimeCodes(JdbcStorage storage) {
        return storage.oneTimeCodes();
    }

    @Provides
    SessionRepository sessions(JdbcStorage storage) {
        return storage.sessions();
    }

    @Provides
    PortalSettingsRepository portalSettings(JdbcStorage storage) {
        return storage.portalSettings();
    }

    @Provides
    RatingRepository ratings(JdbcStorage storage) {
        return storage.ratings();
    }

    @Provides
    SecretShareRepository secretShares(JdbcStorage storage) {
        return storage.secretShares();
    }

    @Override
    public String toString() {
        return "JdbcStorageModule[" + config + "]";
    }
}
