package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.port.KnowledgeBaseRepository;

final class InMemoryKnowledgeBaseRepository implements KnowledgeBaseRepository {
    InMemoryKnowledgeBaseRepository(UnitOfWork unitOfWork, dev.helpdesk.core.port.Clock clock) {
    }
}
