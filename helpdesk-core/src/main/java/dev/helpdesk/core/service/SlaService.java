package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.sla.ServiceLevels;
import dev.helpdesk.core.domain.sla.SlaBreached;
import dev.helpdesk.core.domain.sla.SlaDue;
import dev.helpdesk.core.domain.sla.SlaTarget;
import dev.helpdesk.core.domain.sla.TargetClock;
import dev.helpdesk.core.domain.sla.TicketSla;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketAccess;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.domain.ticket.Viewer;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.SlaRepository;
import dev.helpdesk.core.port.TicketRepository;
import dev.helpdesk.core.port.Transactor;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What agents ask about SLAs: the tickets about to miss a target, those that missed one, one ticket's clock; and
 * the breach events a host records on a schedule. Every list shows only tickets the agent may see
 * ({@link TicketAccess}); customers get nothing here.
 */
public final class SlaService {
    private static final Logger LOG = LoggerFactory.getLogger(SlaService.class);
    /** The most rows one list returns. */
    public static final int MAX_LIMIT = 500;
    /** The farthest ahead "due soon" looks. */
    public static final Duration MAX_WINDOW = Duration.ofDays(366);

    private final Transactor transactor;
    private final SlaRepository slas;
    private final TicketRepository tickets;
    private final Outbox outbox;
    private final TicketSchema schema;
    private final ServiceLevels levels;
    private final Clock clock;
    private final ViewerResolver viewers;

    @Inject
    public SlaService(Transactor transactor, SlaRepository slas, TicketRepository tickets, Outbox outbox,
                      ViewerResolver viewers, TicketSchema schema, ServiceLevels levels, Clock clock) {
        this.transactor = transactor;
        this.slas = slas;
        this.tickets = tickets;
        this.outbox = outbox;
        this.schema = schema;
        this.levels = levels;
        this.clock = clock;
        this.viewers = viewers;
    }

    /** Unmet targets due from now until {@code window} from now, earliest first, at most {@code limit}. */
    public List<SlaDueView> dueWithin(Caller caller, Duration window, int limit) {
        Viewer viewer = staff(caller);
        if (window == null || window.isNegative() || window.isZero() || window.compareTo(MAX_WINDOW) > 0) {
            throw InvalidInputException.of("window", "range", "look ahead more than zero and at most "
                    + MAX_WINDOW.toDays() + " days");
        }
        requireLimit(limit);
        Instant now = now();
        return visible(viewer, now, now.plus(window), limit, now);
    }

    /** Unmet targets already past their due time, the longest overdue first, at most {@code limit}. */
    public List<SlaDueView> breached(Caller caller, int limit) {
        Viewer viewer = staff(caller);
        requireLimit(limit);
        Instant now = now();
        return visible(viewer, Instant.EPOCH, now, limit, now);
    }

    /** One ticket's SLA clock; empty when no policy covers the ticket. Not found when the agent may not see it. */
    public Optional<TicketSlaView> ofTicket(Caller caller, TicketId id) {
        Viewer viewer = staff(caller);
        tickets.find(id).filter(t -> TicketAccess.canView(viewer, t.summary())).orElseThrow(() ->
                new NotFoundException("ticket.not_found", "There is no such ticket, or you may not see it"));
        Instant now = now();
        return slas.find(id).map(sla -> view(sla, now));
    }

    /**
     * Records one {@link SlaBreached} event for each target missed before {@code now} and not yet recorded, each
     * in its own unit of work; returns how many. Meant for a host's scheduler; safe to run on several nodes.
     */
    public int recordBreaches(Instant now) {
        Objects.requireNonNull(now, "now");
        int recorded = 0;
        List<SlaDue> batch;
        int before;
        do {
            before = recorded;
            batch = slas.unrecordedBreaches(now, 100);
            for (SlaDue breach : batch) {
                boolean marked = transactor.inTransaction(() -> {
                    if (!slas.markBreachRecorded(breach.ticket(), breach.target())) {
                        return false;
                    }
                    outbox.append(new SlaBreached(breach.ticket(), breach.target(), breach.due(), now));
                    return true;
                });
                recorded += marked ? 1 : 0;
            }
        } while (batch.size() == 100 && recorded > before);
        if (recorded > 0) {
            LOG.info("{} SLA breaches recorded", recorded);
        }
        return recorded;
    }

    /**
     * Pages through the repository's due rows until {@code limit} visible ones are found: the limit applies after
     * the visibility filter, so an agent's list is never cut short by tickets they may not see.
     */
    private List<SlaDueView> visible(Viewer viewer, Instant from, Instant before, int limit, Instant now) {
        List<SlaDueView> found = new ArrayList<>();
        Optional<SlaDue> after = Optional.empty();
        int batchSize = Math.max(limit, 50);
        while (found.size() < limit) {
            List<SlaDue> batch = slas.unmetDue(from, before, after, batchSize);
            for (SlaDue due : batch) {
                tickets.find(due.ticket()).filter(t -> TicketAccess.canView(viewer, t.summary()))
                        .filter(t -> found.size() < limit)
                        .ifPresent(t -> found.add(row(t, due, now)));
            }
            if (batch.size() < batchSize) {
                break;
            }
            after = Optional.of(batch.get(batch.size() - 1));
        }
        return found;
    }

    private SlaDueView row(Ticket ticket, SlaDue due, Instant now) {
        return new SlaDueView(ticket.id(), schema.referenceOf(ticket.number()), ticket.subject(),
                schema.statusLabel(ticket.status(), true), ticket.choice(FieldRef.PRIORITY), due.target(), due.due(),
                due.due().isBefore(now));
    }

    private TicketSlaView view(TicketSla sla, Instant now) {
        List<TicketSlaView.Target> targets = new ArrayList<>();
        for (SlaTarget target : SlaTarget.values()) {
            TargetClock clock = sla.clock(target);
            targets.add(new TicketSlaView.Target(target, clock.target(), clock.usedAt(now, levels.calendar()),
                    clock.due(), clock.metAt(), clock.isBreached(now)));
        }
        return new TicketSlaView(sla.ticket(), sla.phase(), sla.pausedSince(), targets);
    }

    private Viewer staff(Caller caller) {
        Viewer viewer = viewers.resolve(Objects.requireNonNull(caller, "caller"));
        if (!viewer.isStaff()) {
            throw new AccessDeniedException("staff.only", "Only support agents may see service levels");
        }
        return viewer;
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("limit", "range", "limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }

    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
