package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.contract.StorageContract;
import dev.helpdesk.core.port.Storage;

/** The in-memory adapter, the reference implementation, passes the whole storage contract suite. */
class InMemoryStorageTest extends StorageContract {
    @Override
    protected Storage newStorage() {
        return new InMemoryStorage();
    }
}
