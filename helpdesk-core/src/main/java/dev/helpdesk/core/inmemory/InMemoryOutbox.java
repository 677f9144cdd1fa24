package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.Outbox;
import dev.helpdesk.core.port.OutboxEntry;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

final class InMemoryOutbox implements Outbox {
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final AtomicLong lastId = new AtomicLong();
    private final ConcurrentSkipListMap<Long, OutboxEntry> pending = new ConcurrentSkipListMap<>();

    InMemoryOutbox(UnitOfWork unitOfWork, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void append(DomainEvent event) {
        unitOfWork.write(() -> {
            OutboxEntry entry = new OutboxEntry(lastId.incrementAndGet(), event, clock.now());
            pending.put(entry.id(), entry);
            return () -> pending.remove(entry.id());
        });
    }

    @Override
    public List<OutboxEntry> pending(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit " + limit);
        }
        return unitOfWork.read(() -> pending.values().stream().limit(limit).toList());
    }

    @Override
    public void acknowledge(long id) {
        unitOfWork.write(() -> {
            OutboxEntry removed = pending.remove(id);
            return removed == null ? () -> { } : () -> pending.put(id, removed);
        });
    }
}
