package dev.helpdesk.core;

import dev.helpdesk.core.domain.rating.RatingPolicy;
import dev.helpdesk.core.domain.secret.SecretSharePolicy;
import dev.helpdesk.core.domain.sla.ServiceLevels;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.MarkdownRenderer;
import dev.helpdesk.core.port.PasswordHasher;
import dev.helpdesk.core.port.RateLimiter;
import dev.helpdesk.core.port.SecretCipher;
import dev.helpdesk.core.port.Storage;
import dev.helpdesk.core.service.AccountPolicy;
import dev.helpdesk.core.service.AccountService;
import dev.helpdesk.core.service.DirectoryService;
import dev.helpdesk.core.service.KnowledgeBaseService;
import dev.helpdesk.core.service.PlainTextRenderer;
import dev.helpdesk.core.service.PortalSettingsService;
import dev.helpdesk.core.service.RatingService;
import dev.helpdesk.core.service.SecretShareService;
import dev.helpdesk.core.service.SessionService;
import dev.helpdesk.core.service.SlaService;
import dev.helpdesk.core.service.TicketOpeningLimits;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.ViewerResolver;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The helpdesk, wired: the services over one storage adapter and one ticket schema. Build it by hand with
 * {@link #builder()}, or let Guice build the services (they carry {@code @Inject}).
 *
 * <pre>{@code
 * Helpdesk helpdesk = Helpdesk.builder().storage(new InMemoryStorage()).build();
 * }</pre>
 */
public final class Helpdesk {
    private final TicketService tickets;
    private final DirectoryService directory;
    private final Optional<KnowledgeBaseService> knowledgeBase;
    private final TicketSchema schema;
    private final SlaService serviceLevels;
    private final RatingService ratings;
    private final SecretShareService secretShares;
    private final AccountService accounts;
    private final String accountsMissing;
    private final PortalSettingsService portalSettings;
    private final SessionService sessions;
    private final ViewerResolver viewers;
    private final Storage storage;

    private Helpdesk(Builder builder) {
        Storage storage = Objects.requireNonNull(builder.storage, "storage");
        this.storage = storage;
        this.schema = builder.schema;
        // one for every service: a page's reads then resolve its viewer once (see reading)
        this.viewers = new ViewerResolver(storage.contacts(), storage.organizations(), storage.agents(), schema);
        this.tickets = new TicketService(storage.transactor(), storage.tickets(), storage.ticketSearch(),
                storage.outbox(), storage.contacts(), storage.organizations(), storage.agents(), storage.teams(),
                viewers, storage.attachments(), builder.clock, builder.ids, schema, storage.slas(),
                builder.serviceLevels, Optional.ofNullable(builder.markdown).orElseGet(PlainTextRenderer::new),
                storage.portalSettings(), Optional.ofNullable(builder.rateLimiter).orElse(RateLimiter.UNLIMITED),
                builder.ticketOpeningLimits);
        this.directory = new DirectoryService(storage.transactor(), storage.organizations(), storage.contacts(),
                storage.agents(), storage.teams());
        this.serviceLevels = new SlaService(storage.transactor(), storage.slas(), storage.tickets(), storage.outbox(),
                viewers, schema, builder.serviceLevels,
                builder.clock);
        this.ratings = new RatingService(storage.transactor(), storage.tickets(), storage.ratings(), storage.outbox(),
                viewers, builder.clock, schema,
                builder.ratingPolicy);
        this.secretShares = builder.secretCipher == null ? null
                : new SecretShareService(storage.transactor(), storage.tickets(), storage.secretShares(),
                        storage.outbox(), viewers, builder.secretCipher, builder.clock, builder.ids, schema,
                        builder.secretSharePolicy);
        this.knowledgeBase = Optional.ofNullable(builder.markdown).map(renderer -> new KnowledgeBaseService(
                storage.transactor(), storage.knowledgeBase(), storage.outbox(), storage.organizations(),
                storage.agents(), viewers, storage.attachments(), renderer, builder.clock,
                builder.ids, schema));
        this.accountsMissing = missingForAccounts(builder);
        this.accounts = accountsMissing.isEmpty()
                ? new AccountService(storage.transactor(), storage.accounts(), storage.oneTimeCodes(), storage.contacts(),
                        storage.organizations(), storage.agents(), storage.outbox(), builder.passwordHasher,
                        builder.rateLimiter, builder.clock, builder.ids, builder.accountPolicy, storage.sessions())
                : null;
        this.sessions = new SessionService(storage.transactor(), storage.sessions(), builder.clock);
        this.portalSettings = new PortalSettingsService(storage.transactor(), storage.portalSettings(),
                storage.agents(), storage.outbox(), builder.clock, schema);
    }

    private static String missingForAccounts(Builder builder) {
        if (builder.passwordHasher == null && builder.rateLimiter == null) {
            return "passwordHasher(..) and rateLimiter(..)";
        }
        if (builder.passwordHasher == null) {
            return "passwordHasher(..)";
        }
        return builder.rateLimiter == null ? "rateLimiter(..)" : "";
    }

    public static Builder builder() {
        return new Builder();
    }

    public TicketService tickets() {
        return tickets;
    }

    public DirectoryService directory() {
        return directory;
    }

    /**
     * The knowledge base. Needs a {@link MarkdownRenderer} set on the builder ({@link Builder#markdown}).
     *
     * @throws IllegalStateException when the builder was given no Markdown renderer
     */
    public KnowledgeBaseService knowledgeBase() {
        return knowledgeBase.orElseThrow(() -> new IllegalStateException("the knowledge base renders Markdown: set a "
                + "MarkdownRenderer with Helpdesk.builder().markdown(...), such as new CommonmarkMarkdownRenderer() "
                + "from helpdesk-defaults"));
    }

    public TicketSchema schema() {
        return schema;
    }

    /** SLA lists and clocks for agents, and the breach events a host records on a schedule. */
    public SlaService serviceLevels() {
        return serviceLevels;
    }

    /** Satisfaction ratings of resolved tickets. */
    public RatingService ratings() {
        return ratings;
    }

    /**
     * Secrets customers share on tickets.
     *
     * @throws IllegalStateException when the builder was given no {@link Builder#secretCipher(SecretCipher)}
     */
    public SecretShareService secretShares() {
        if (secretShares == null) {
            throw new IllegalStateException("secret shares need a SecretCipher: set Helpdesk.builder().secretCipher(..), "
                    + "for instance a TinkSecretCipher from helpdesk-defaults");
        }
        return secretShares;
    }

    /**
     * Portal accounts: sign-in, password reset and welcome codes, profile.
     *
     * @throws IllegalStateException if the builder was given no password hasher or rate limiter
     */
    public AccountService accounts() {
        if (accounts == null) {
            throw new IllegalStateException("accounts() needs Helpdesk.builder()." + accountsMissing + ": for example "
                    + "passwordHasher(new Argon2idPasswordHasher()) and rateLimiter(new Bucket4jRateLimiter()) from "
                    + "helpdesk-defaults");
        }
        return accounts;
    }

    /** Signed-in sessions kept in storage, shared by every node of a portal. */
    public SessionService sessions() {
        return sessions;
    }

    /** The portal settings: base URL, welcome texts, customer ticket types. */
    public PortalSettingsService portalSettings() {
        return portalSettings;
    }

    /**
     * Runs the reads of one page (or any reads that belong together) as one: in one read transaction of the
     * storage, so they see one committed state, and with each caller resolved once however many services are
     * called, instead of a transaction and a directory read per call. Nested calls join; make changes outside it
     * (see {@link dev.helpdesk.core.port.Transactor#inReadTransaction}).
     */
    public <T> T reading(Supplier<T> work) {
        return viewers.once(() -> storage.transactor().inReadTransaction(work));
    }

    public static final class Builder {
        private Storage storage;
        private TicketSchema schema = TicketSchema.defaults();
        private Clock clock = Clock.system();
        private IdGenerator ids = IdGenerator.secureRandom();
        private ServiceLevels serviceLevels = ServiceLevels.defaults();
        private RatingPolicy ratingPolicy = RatingPolicy.defaults();
        private SecretSharePolicy secretSharePolicy = SecretSharePolicy.defaults();
        private SecretCipher secretCipher;
        private MarkdownRenderer markdown;
        private PasswordHasher passwordHasher;
        private RateLimiter rateLimiter;
        private AccountPolicy accountPolicy = AccountPolicy.defaults();
        private TicketOpeningLimits ticketOpeningLimits = TicketOpeningLimits.defaults();

        private Builder() {
        }

        /** Required: the storage adapter, such as {@code new InMemoryStorage()} or the JDBC one. */
        public Builder storage(Storage value) {
            storage = Objects.requireNonNull(value, "storage");
            return this;
        }

        /** Statuses, categories, fields and policy; {@link TicketSchema#defaults()} unless set. */
        public Builder schema(TicketSchema value) {
            schema = Objects.requireNonNull(value, "schema");
            return this;
        }

        /** Business calendar and SLA policies; {@link ServiceLevels#defaults()} unless set. */
        public Builder serviceLevels(ServiceLevels value) {
            serviceLevels = Objects.requireNonNull(value, "serviceLevels");
            return this;
        }

        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder ids(IdGenerator value) {
            ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /** Change window and review links of ratings; {@link RatingPolicy#defaults()} unless set. */
        public Builder ratingPolicy(RatingPolicy value) {
            ratingPolicy = Objects.requireNonNull(value, "ratingPolicy");
            return this;
        }

        /** How long shared secrets are kept; {@link SecretSharePolicy#defaults()} (7 days) unless set. */
        public Builder secretSharePolicy(SecretSharePolicy value) {
            secretSharePolicy = Objects.requireNonNull(value, "secretSharePolicy");
            return this;
        }

        /** Encrypts shared secrets; required for {@link Helpdesk#secretShares()}, such as {@code TinkSecretCipher}. */
        public Builder secretCipher(SecretCipher value) {
            secretCipher = Objects.requireNonNull(value, "secretCipher");
            return this;
        }

        /**
         * Renders Markdown to safe HTML for the knowledge base and ticket messages, such as
         * {@code new CommonmarkMarkdownRenderer()} from helpdesk-defaults. Without one, {@link Helpdesk#knowledgeBase()}
         * is unavailable and messages are shown as escaped plain text ({@link PlainTextRenderer}).
         */
        public Builder markdown(MarkdownRenderer value) {
            markdown = Objects.requireNonNull(value, "markdown");
            return this;
        }

        /** Needed by {@link Helpdesk#accounts()}: {@code new Argon2idPasswordHasher()} from helpdesk-defaults. */
        public Builder passwordHasher(PasswordHasher value) {
            passwordHasher = Objects.requireNonNull(value, "passwordHasher");
            return this;
        }

        /**
         * Needed by {@link Helpdesk#accounts()}: {@code new Bucket4jRateLimiter()} from helpdesk-defaults. It also counts
         * the tickets contacts open ({@link #ticketOpeningLimits}).
         */
        public Builder rateLimiter(RateLimiter value) {
            rateLimiter = Objects.requireNonNull(value, "rateLimiter");
            return this;
        }

        /**
         * How many tickets a contact may open in a while; {@link TicketOpeningLimits#defaults()} unless set. Counted by
         * the {@link #rateLimiter rate limiter}: without one, tickets are not limited.
         */
        public Builder ticketOpeningLimits(TicketOpeningLimits value) {
            ticketOpeningLimits = Objects.requireNonNull(value, "ticketOpeningLimits");
            return this;
        }

        /** Code lifetimes, sign-in back-off and rate limits; {@link AccountPolicy#defaults()} unless set. */
        public Builder accountPolicy(AccountPolicy value) {
            accountPolicy = Objects.requireNonNull(value, "accountPolicy");
            return this;
        }

        public Helpdesk build() {
            return new Helpdesk(this);
        }
    }
}
