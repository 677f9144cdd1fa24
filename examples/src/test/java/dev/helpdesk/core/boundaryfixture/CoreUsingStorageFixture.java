package dev.helpdesk.core.boundaryfixture;

import dev.helpdesk.storage.jdbc.JdbcStorageConfig;

/** Planted violation for {@code ModuleBoundariesTest}: a core class using the JDBC adapter. Not real code. */
public final class CoreUsingStorageFixture {

    private CoreUsingStorageFixture() {
    }

    static String url(JdbcStorageConfig config) {
        return config.jdbcUrl();
    }
}
