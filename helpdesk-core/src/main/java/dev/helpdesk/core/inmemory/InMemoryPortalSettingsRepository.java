package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.port.PortalSettingsRepository;

final class InMemoryPortalSettingsRepository implements PortalSettingsRepository {
    InMemoryPortalSettingsRepository(UnitOfWork unitOfWork, dev.helpdesk.core.port.Clock clock) {
    }
}
