package dev.helpdesk.storage.jdbc;

import dev.helpdesk.core.port.AccountRepository;
import dev.helpdesk.core.port.AgentRepository;
import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.ContactRepository;
import dev.helpdesk.core.port.KnowledgeBaseRepository;
import dev.helpdesk.core.port.OneTimeCodeRepository;
import dev.helpdesk.core.port.OrganizationRepository;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.OutboxRetryPolicy;
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
import dev.helpdesk.storage.jdbc.internal.Database;
import dev.helpdesk.storage.jdbc.internal.DatabaseAttachmentStore;
import dev.helpdesk.storage.jdbc.internal.Dialect;
import dev.helpdesk.storage.jdbc.internal.JdbcAccountRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcAgentRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcContactRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcKnowledgeBaseRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcOneTimeCodeRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcOrganizationRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcOutbox;
import dev.helpdesk.storage.jdbc.internal.JdbcPortalSettingsRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcRatingRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcSecretShareRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcSessionRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcSlaRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcTeamRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcTicketRepository;
import dev.helpdesk.storage.jdbc.internal.JdbcTicketSearch;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Every storage port on a relational database: an SQLite file by default, PostgreSQL to scale. Opening it runs
 * the Flyway migrations, so an empty database and one from an older version both end at the current schema.
 * Close it to release the connections.
 *
 * <pre>{@code
 * try (JdbcStorage storage = JdbcStorage.sqlite(Path.of("helpdesk.db"))) {
 *     Helpdesk helpdesk = Helpdesk.builder().storage(storage).build();
 * }
 * }</pre>
 */
public final class JdbcStorage implements Storage, AutoCloseable {
    private final Database database;
    private final TicketRepository tickets;
    private final TicketSearch search;
    private final OrganizationRepository organizations;
    private final ContactRepository contacts;
    private final AgentRepository agents;
    private final TeamRepository teams;
    private final Outbox outbox;
    private final AttachmentStore attachments;
    private final KnowledgeBaseRepository knowledgeBase;
    private final SlaRepository slas;
    private final AccountRepository accounts;
    private final OneTimeCodeRepository oneTimeCodes;
    private final PortalSettingsRepository portalSettings;
    private final RatingRepository ratings;
    private final SecretShareRepository secretShares;
    private final SessionRepository sessions;

    private JdbcStorage(JdbcStorageConfig config, Clock clock, OutboxRetryPolicy retryPolicy,
                        Optional<Path> attachmentDirectory) {
        this.database = Database.open(config.jdbcUrl(), config.user(), config.password(), config.maxPoolSize());
        this.tickets = new JdbcTicketRepository(database);
        this.search = new JdbcTicketSearch(database);
        this.organizations = new JdbcOrganizationRepository(database);
        this.contacts = new JdbcContactRepository(database);
        this.agents = new JdbcAgentRepository(database);
        this.teams = new JdbcTeamRepository(database);
        this.outbox = new JdbcOutbox(database, clock, retryPolicy);
        this.knowledgeBase = new JdbcKnowledgeBaseRepository(database);
        this.slas = new JdbcSlaRepository(database);
        this.accounts = new JdbcAccountRepository(database);
        this.oneTimeCodes = new JdbcOneTimeCodeRepository(database);
        this.portalSettings = new JdbcPortalSettingsRepository(database);
        this.ratings = new JdbcRatingRepository(database);
        this.secretShares = new JdbcSecretShareRepository(database);
        this.sessions = new JdbcSessionRepository(database);
        this.attachments = attachmentDirectory.<AttachmentStore>map(FileSystemAttachmentStore::new)
                .orElseGet(() -> new DatabaseAttachmentStore(database));
    }

    /** An SQLite database in this file, created on first use; attachments in the database. */
    public static JdbcStorage sqlite(Path file) {
        return open(JdbcStorageConfig.sqlite(file));
    }

    /** A PostgreSQL database; attachments in the database. */
    public static JdbcStorage postgres(String url, String user, String password) {
        return open(JdbcStorageConfig.postgres(url, user, password));
    }

    public static JdbcStorage open(JdbcStorageConfig config) {
        return builder(config).open();
    }

    public static Builder builder(JdbcStorageConfig config) {
        return new Builder(config);
    }

    /** Which database this storage runs on. */
    public boolean isSqlite() {
        return database.dialect() == Dialect.SQLITE;
    }

    @Override
    public Transactor transactor() {
        return database;
    }

    @Override
    public TicketRepository tickets() {
        return tickets;
    }

    @Override
    public TicketSearch ticketSearch() {
        return search;
    }

    @Override
    public OrganizationRepository organizations() {
        return organizations;
    }

    @Override
    public ContactRepository contacts() {
        return contacts;
    }

    @Override
    public AgentRepository agents() {
        return agents;
    }

    @Override
    public TeamRepository teams() {
        return teams;
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    @Override
    public AttachmentStore attachments() {
        return attachments;
    }

    @Override
    public KnowledgeBaseRepository knowledgeBase() {
        return knowledgeBase;
    }

    @Override
    public SlaRepository slas() {
        return slas;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public OneTimeCodeRepository oneTimeCodes() {
        return oneTimeCodes;
    }

    @Override
    public PortalSettingsRepository portalSettings() {
        return portalSettings;
    }

    @Override
    public RatingRepository ratings() {
        return ratings;
    }

    @Override
    public SecretShareRepository secretShares() {
        return secretShares;
    }

    @Override
    public SessionRepository sessions() {
        return sessions;
    }

    @Override
    public void close() {
        database.close();
    }

    /** Options beyond the connection: the clock of the outbox, its retry policy, where attachment bytes go. */
    public static final class Builder {
        private final JdbcStorageConfig config;
        private Clock clock = Clock.system();
        private Optional<Path> attachmentDirectory = Optional.empty();
        private OutboxRetryPolicy retryPolicy = OutboxRetryPolicy.DEFAULT;

        private Builder(JdbcStorageConfig config) {
            this.config = Objects.requireNonNull(config, "config");
        }

        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** How the outbox retries an entry a consumer failed on; {@link OutboxRetryPolicy#DEFAULT} unless set. */
        public Builder outboxRetryPolicy(OutboxRetryPolicy value) {
            retryPolicy = Objects.requireNonNull(value, "retryPolicy");
            return this;
        }

        /** Keeps attachment bytes in files under this directory (content-addressed) instead of the database. */
        public Builder attachmentsIn(Path directory) {
            attachmentDirectory = Optional.of(directory);
            return this;
        }

        public JdbcStorage open() {
            return new JdbcStorage(config, clock, retryPolicy, attachmentDirectory);
        }
    }
}
