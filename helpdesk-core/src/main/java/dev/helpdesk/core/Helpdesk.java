package dev.helpdesk.core;

import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.PasswordHasher;
import dev.helpdesk.core.port.RateLimiter;
import dev.helpdesk.core.port.Storage;
import dev.helpdesk.core.service.AccountPolicy;
import dev.helpdesk.core.service.AccountService;
import dev.helpdesk.core.service.DirectoryService;
import dev.helpdesk.core.service.PortalSettingsService;
import dev.helpdesk.core.service.TicketService;
import java.util.Objects;

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
    private final TicketSchema schema;
    private final AccountService accounts;
    private final String accountsMissing;
    private final PortalSettingsService portalSettings;

    private Helpdesk(Builder builder) {
        Storage storage = Objects.requireNonNull(builder.storage, "storage");
        this.schema = builder.schema;
        this.tickets = new TicketService(storage.transactor(), storage.tickets(), storage.ticketSearch(),
                storage.outbox(), storage.contacts(), storage.organizations(), storage.agents(), storage.teams(),
                storage.attachments(), builder.clock, builder.ids, schema);
        this.directory = new DirectoryService(storage.transactor(), storage.organizations(), storage.contacts(),
                storage.agents(), storage.teams());
        this.accountsMissing = missingForAccounts(builder);
        this.accounts = accountsMissing.isEmpty()
                ? new AccountService(storage.transactor(), storage.accounts(), storage.oneTimeCodes(), storage.contacts(),
                        storage.organizations(), storage.agents(), storage.outbox(), builder.passwordHasher,
                        builder.rateLimiter, builder.clock, builder.ids, builder.accountPolicy)
                : null;
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

    public TicketSchema schema() {
        return schema;
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

    /** The portal settings: base URL, welcome texts, customer ticket types. */
    public PortalSettingsService portalSettings() {
        return portalSettings;
    }

    public static final class Builder {
        private Storage storage;
        private TicketSchema schema = TicketSchema.defaults();
        private Clock clock = Clock.system();
        private IdGenerator ids = IdGenerator.secureRandom();
        private PasswordHasher passwordHasher;
        private RateLimiter rateLimiter;
        private AccountPolicy accountPolicy = AccountPolicy.defaults();

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

        public Builder clock(Clock value) {
            clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public Builder ids(IdGenerator value) {
            ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /** Needed by {@link Helpdesk#accounts()}: {@code new Argon2idPasswordHasher()} from helpdesk-defaults. */
        public Builder passwordHasher(PasswordHasher value) {
            passwordHasher = Objects.requireNonNull(value, "passwordHasher");
            return this;
        }

        /** Needed by {@link Helpdesk#accounts()}: {@code new Bucket4jRateLimiter()} from helpdesk-defaults. */
        public Builder rateLimiter(RateLimiter value) {
            rateLimiter = Objects.requireNonNull(value, "rateLimiter");
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
