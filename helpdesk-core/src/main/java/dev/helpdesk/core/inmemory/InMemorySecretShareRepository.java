package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.port.SecretShareRepository;

final class InMemorySecretShareRepository implements SecretShareRepository {
    InMemorySecretShareRepository(UnitOfWork unitOfWork, dev.helpdesk.core.port.Clock clock) {
    }
}
