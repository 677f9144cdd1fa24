package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketNumber;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.TicketRepository;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

final class InMemoryTicketRepository implements TicketRepository {
    private final UnitOfWork unitOfWork;
    private final AtomicLong lastNumber = new AtomicLong();
    private final Map<TicketId, Ticket> byId = new ConcurrentHashMap<>();
    private final Map<TicketNumber, TicketId> byNumber = new ConcurrentHashMap<>();

    InMemoryTicketRepository(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public TicketNumber nextNumber() {
        return new TicketNumber(lastNumber.incrementAndGet());
    }

    @Override
    public void insert(Ticket ticket) {
        unitOfWork.write(() -> {
            if (byId.containsKey(ticket.id()) || byNumber.containsKey(ticket.number())) {
                throw new ConflictException("ticket.duplicate", "A ticket with this id or number exists already");
            }
            if (ticket.version() != 1) {
                throw new IllegalArgumentException("a new ticket starts at version 1, not " + ticket.version());
            }
            byId.put(ticket.id(), ticket);
            byNumber.put(ticket.number(), ticket.id());
            // an imported ticket may bring its own number; later numbers must not collide with it
            lastNumber.accumulateAndGet(ticket.number().value(), Math::max);
            return () -> {
                byId.remove(ticket.id());
                byNumber.remove(ticket.number());
            };
        });
    }

    @Override
    public void update(Ticket ticket) {
        unitOfWork.write(() -> {
            Ticket stored = byId.get(ticket.id());
            if (stored == null) {
                throw new IllegalStateException("ticket " + ticket.id() + " was never inserted");
            }
            boolean keepsMessages = ticket.messages().size() >= stored.messages().size()
                    && ticket.messages().subList(0, stored.messages().size()).equals(stored.messages());
            if (stored.version() != ticket.version() - 1 || !stored.number().equals(ticket.number()) || !keepsMessages) {
                throw Stale.ticket(ticket.number());
            }
            byId.put(ticket.id(), ticket);
            return () -> byId.put(stored.id(), stored);
        });
    }

    @Override
    public Optional<Ticket> find(TicketId id) {
        return unitOfWork.read(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public Optional<Ticket> findByNumber(TicketNumber number) {
        return unitOfWork.read(() -> Optional.ofNullable(byNumber.get(number)).map(byId::get));
    }

    /** For the search: every stored ticket; callers hold the read lock. */
    Collection<Ticket> all() {
        return byId.values();
    }
}
