package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.port.AccountRepository;

final class InMemoryAccountRepository implements AccountRepository {
    InMemoryAccountRepository(UnitOfWork unitOfWork, dev.helpdesk.core.port.Clock clock) {
    }
}
