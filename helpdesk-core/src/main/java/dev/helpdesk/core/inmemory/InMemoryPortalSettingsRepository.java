package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.portal.PortalSettings;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.PortalSettingsRepository;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The one set of settings, replaced whole through the unit of work. */
final class InMemoryPortalSettingsRepository implements PortalSettingsRepository {
    private final UnitOfWork unitOfWork;
    private final AtomicReference<PortalSettings> stored = new AtomicReference<>();

    InMemoryPortalSettingsRepository(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Optional<PortalSettings> find() {
        return unitOfWork.read(() -> Optional.ofNullable(stored.get()));
    }

    @Override
    public PortalSettings save(PortalSettings settings) {
        return unitOfWork.inTransaction(() -> {
            PortalSettings previous = stored.get();
            long storedVersion = previous == null ? 0 : previous.version();
            if (settings.version() != storedVersion) {
                throw new ConflictException("portal_settings.stale",
                        "The portal settings were changed by someone else meanwhile; reload them and try again");
            }
            PortalSettings next = settings.withVersion(storedVersion + 1);
            unitOfWork.write(() -> {
                stored.set(next);
                return () -> stored.set(previous);
            });
            return next;
        });
    }
}
