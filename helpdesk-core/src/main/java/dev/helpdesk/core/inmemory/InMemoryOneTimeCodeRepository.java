package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.port.OneTimeCodeRepository;

final class InMemoryOneTimeCodeRepository implements OneTimeCodeRepository {
    InMemoryOneTimeCodeRepository(UnitOfWork unitOfWork, dev.helpdesk.core.port.Clock clock) {
    }
}
