package dev.helpdesk.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read unit ({@code Transactor.inReadTransaction}) on SQLite: all its reads share one snapshot, so a page made
 * from several reads is consistent even while another thread commits; the next read unit sees the commit.
 */
class ReadUnitTest {
    @TempDir
    Path directory;

    @Test
    void theReadsOfOneReadUnitShareOneSnapshotWhileAnotherThreadCommits() {
        try (JdbcStorage storage = JdbcStorage.sqlite(directory.resolve("helpdesk.db"))) {
            Organization acme = Organization.of("acme", "Acme", SharingMode.MEMBERS_VIEW);
            Organization globex = Organization.of("globex", "Globex", SharingMode.MEMBERS_VIEW);
            storage.organizations().save(acme);

            List<Optional<Organization>> seen = storage.transactor().inReadTransaction(() -> {
                Optional<Organization> first = storage.organizations().find(acme.id());
                // committed by another thread, on the writer connection, after this unit's first read
                CompletableFuture.runAsync(() -> storage.organizations().save(globex)).join();
                return List.of(first, storage.organizations().find(globex.id()));
            });

            assertThat(seen).as("the read unit's reads, before and after the other thread's commit")
                    .containsExactly(Optional.of(acme), Optional.empty());
            assertThat(storage.transactor().inReadTransaction(() -> storage.organizations().find(globex.id())))
                    .as("the next read unit").contains(globex);
        }
    }

    @Test
    void aUnitOfWorkInsideAReadUnitReadsItsOwnWrites() {
        try (JdbcStorage storage = JdbcStorage.sqlite(directory.resolve("helpdesk.db"))) {
            Organization acme = Organization.of("acme", "Acme", SharingMode.MEMBERS_VIEW);

            Optional<Organization> readInUnit = storage.transactor().inReadTransaction(() ->
                    storage.transactor().inTransaction(() -> {
                        storage.organizations().save(acme);
                        return storage.organizations().find(OrganizationId.of("acme"));
                    }));

            assertThat(readInUnit).contains(acme);
        }
    }
}
