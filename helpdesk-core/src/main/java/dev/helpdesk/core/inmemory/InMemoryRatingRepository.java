package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.port.RatingRepository;

final class InMemoryRatingRepository implements RatingRepository {
    InMemoryRatingRepository(UnitOfWork unitOfWork, dev.helpdesk.core.port.Clock clock) {
    }
}
