package dev.helpdesk.core;

import dev.helpdesk.core.domain.sla.ServiceLevels;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.IdGenerator;
import dev.helpdesk.core.port.Storage;
import dev.helpdesk.core.service.DirectoryService;
import dev.helpdesk.core.service.SlaService;
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
    private final SlaService serviceLevels;

    private Helpdesk(Builder builder) {
        Storage storage = Objects.requireNonNull(builder.storage, "storage");
        this.schema = builder.schema;
        this.tickets = new TicketService(storage.transactor(), storage.tickets(), storage.ticketSearch(),
                storage.outbox(), storage.contacts(), storage.organizations(), storage.agents(), storage.teams(),
                storage.attachments(), builder.clock, builder.ids, schema, storage.slas(), builder.serviceLevels);
        this.directory = new DirectoryService(storage.transactor(), storage.organizations(), storage.contacts(),
                storage.agents(), storage.teams());
        this.serviceLevels = new SlaService(storage.transactor(), storage.slas(), storage.tickets(), storage.outbox(),
                storage.contacts(), storage.organizations(), storage.agents(), schema, builder.serviceLevels,
                builder.clock);
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

    /** SLA lists and clocks for agents, and the breach events a host records on a schedule. */
    public SlaService serviceLevels() {
        return serviceLevels;
    }

    public static final class Builder {
        private Storage storage;
        private TicketSchema schema = TicketSchema.defaults();
        private Clock clock = Clock.system();
        private IdGenerator ids = IdGenerator.secureRandom();
        private ServiceLevels serviceLevels = ServiceLevels.defaults();

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

        public Helpdesk build() {
            return new Helpdesk(this);
        }
    }
}
