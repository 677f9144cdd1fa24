package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.port.SlaRepository;

final class InMemorySlaRepository implements SlaRepository {
    InMemorySlaRepository(UnitOfWork unitOfWork, dev.helpdesk.core.port.Clock clock) {
    }
}
