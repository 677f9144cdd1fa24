package dev.helpdesk.storage.jdbc;

import dev.helpdesk.core.contract.StorageContract;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.OutboxRetryPolicy;
import dev.helpdesk.core.port.Storage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The whole storage contract on an SQLite file (a real file in a temporary directory, not :memory:). */
class SqliteStorageTest extends StorageContract {

    @Override
    protected Storage newStorage() {
        return JdbcStorage.open(JdbcStorageConfig.sqlite(freshFile()));
    }

    @Override
    protected Optional<Storage> newStorage(Clock clock, OutboxRetryPolicy outboxRetryPolicy) {
        return Optional.of(JdbcStorage.builder(JdbcStorageConfig.sqlite(freshFile()))
                .clock(clock).outboxRetryPolicy(outboxRetryPolicy).open());
    }

    @Override
    protected void release(Storage storage) {
        ((JdbcStorage) storage).close();
    }

    private static Path freshFile() {
        try {
            return Files.createTempDirectory("helpdesk-sqlite-").resolve("helpdesk.db");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
