package dev.helpdesk.storage.jdbc;

import dev.helpdesk.core.contract.StorageContract;
import dev.helpdesk.core.port.Clock;
import dev.helpdesk.core.port.OutboxRetryPolicy;
import dev.helpdesk.core.port.Storage;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole storage contract on a real PostgreSQL server: embedded (binaries from Maven Central) unless
 * HELPDESK_TEST_POSTGRES_URL names an external one. A fresh database per storage, cloned from one migrated
 * once per JVM; never skipped.
 */
class PostgresStorageTest extends StorageContract {
    private final Map<Storage, PostgresTestServer.Database> databases = new ConcurrentHashMap<>();

    @Override
    protected Storage newStorage() {
        PostgresTestServer.Database database = PostgresTestServer.get().newMigratedDatabase();
        return remember(JdbcStorage.builder(config(database)).open(), database);
    }

    @Override
    protected Optional<Storage> newStorage(Clock clock, OutboxRetryPolicy outboxRetryPolicy) {
        PostgresTestServer.Database database = PostgresTestServer.get().newMigratedDatabase();
        return Optional.of(remember(JdbcStorage.builder(config(database)).clock(clock)
                .outboxRetryPolicy(outboxRetryPolicy).open(), database));
    }

    @Override
    protected void release(Storage storage) {
        ((JdbcStorage) storage).close();
        PostgresTestServer.Database database = databases.remove(storage);
        if (database != null) {
            PostgresTestServer.get().dropDatabase(database);
        }
    }

    private static JdbcStorageConfig config(PostgresTestServer.Database database) {
        return JdbcStorageConfig.postgres(database.url(), database.user(),
                Objects.requireNonNullElse(database.password(), "")).withMaxPoolSize(4);
    }

    private Storage remember(JdbcStorage storage, PostgresTestServer.Database database) {
        databases.put(storage, database);
        return storage;
    }
}
