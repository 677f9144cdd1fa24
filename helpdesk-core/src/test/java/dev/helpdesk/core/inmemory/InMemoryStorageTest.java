package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.contract.StorageContract;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.OutboxRetryPolicy;
import dev.helpdesk.core.port.Storage;
import java.util.Optional;

/** The in-memory adapter, the reference implementation, passes the whole storage contract suite. */
class InMemoryStorageTest extends StorageContract {
    @Override
    protected Storage newStorage() {
        return new InMemoryStorage();
    }

    @Override
    protected Optional<Storage> newStorage(Clock clock, OutboxRetryPolicy outboxRetryPolicy) {
        return Optional.of(new InMemoryStorage(clock, outboxRetryPolicy));
    }
}
