package dev.helpdesk.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.port.StorageException;
import dev.helpdesk.core.port.StoredContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attachments in the database are written and read a chunk at a time (tiny chunks here, 256 KiB in use), so a large
 * file never sits in memory whole. The contract suite checks the round trips on SQLite and PostgreSQL.
 */
class DatabaseAttachmentStoreTest {
    private static final byte[] TEXT = "hello chunked world".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path directory;
    private Database database;
    private DatabaseAttachmentStore store;

    @BeforeEach
    void open() {
        database = Database.open("jdbc:sqlite:" + directory.resolve("attachments.db"), "", "", 2);
        store = new DatabaseAttachmentStore(database, 4);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aFileIsStoredInChunksAndReadBackWhole() throws IOException {
        StoredContent stored = store.put(new ByteArrayInputStream(TEXT));

        assertThat(chunks(stored.sha256())).as("19 bytes in chunks of 4").isEqualTo(5);
        try (InputStream in = store.open(stored.sha256()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo(TEXT);
        }
        store.put(new ByteArrayInputStream(TEXT));
        assertThat(chunks(stored.sha256())).as("the same bytes are stored once").isEqualTo(5);
    }

    @Test
    void readingFetchesOneChunkAtATime() throws IOException {
        StoredContent stored = store.put(new ByteArrayInputStream(TEXT));
        try (InputStream in = store.open(stored.sha256()).orElseThrow()) {
            assertThat(in.readNBytes(4)).isEqualTo("hell".getBytes(StandardCharsets.UTF_8));
            // the chunks not read yet disappear: only a stream that fetches as it goes notices
            database.write(h -> h.createUpdate("DELETE FROM attachment_chunk WHERE seq > 0").execute());
            assertThatThrownBy(in::readAllBytes).isInstanceOf(StorageException.class).hasMessageContaining("chunk 1");
        }
    }

    @Test
    void anEmptyFileHasNoChunkAndReadsAsEmpty() throws IOException {
        StoredContent stored = store.put(new ByteArrayInputStream(new byte[0]));

        assertThat(stored.size()).isZero();
        assertThat(chunks(stored.sha256())).isZero();
        try (InputStream in = store.open(stored.sha256()).orElseThrow()) {
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    private int chunks(String sha) {
        return database.read(h -> h.createQuery("SELECT count(*) FROM attachment_chunk WHERE sha256 = :sha")
                .bind("sha", sha).mapTo(Integer.class).one());
    }
}
