package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.StorageException;
import dev.helpdesk.core.port.StoredContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * Attachment bytes in the database (BLOB or bytea), by sha256, in chunks. The upload is spooled to a temporary file
 * while it is hashed, so memory holds a buffer, not the file; then it is stored once, whoever uploads the same bytes
 * again, one chunk per row. A download reads one chunk at a time as the caller reads the stream: the bytes are
 * immutable under their hash, so the chunks need no common transaction.
 */
public final class DatabaseAttachmentStore implements AttachmentStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** The most a chunk holds, and so the most of one attachment in memory at a time. */
    static final int CHUNK = 256 * 1024;
    private final Database database;
    private final int chunkSize;

    public DatabaseAttachmentStore(Database database) {
        this(database, CHUNK);
    }

    DatabaseAttachmentStore(Database database, int chunkSize) {
        this.database = database;
        this.chunkSize = chunkSize;
    }

    @Override
    public StoredContent put(InputStream content) {
        Path spool = spoolFile();
        try {
            MessageDigest digest = sha256();
            long size;
            try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(spool)) {
                size = in.transferTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read the attachment", e);
            }
            String sha = HexFormat.of().formatHex(digest.digest());
            database.write(h -> {
                boolean present = h.createQuery("SELECT 1 FROM attachment_blob WHERE sha256 = :sha").bind("sha", sha)
                        .mapTo(Integer.class).findOne().isPresent();
                if (!present) {
                    h.createUpdate("INSERT INTO attachment_blob (sha256, size) VALUES (:sha, :size)")
                            .bind("sha", sha).bind("size", size).execute();
                    writeChunks(h, sha, spool);
                }
            });
            return new StoredContent(sha, size);
        } finally {
            try {
                Files.deleteIfExists(spool);
            } catch (IOException e) {
                // a leftover temporary file is harmless; the store itself is consistent
            }
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Optional<Long> size = database.read(h -> h.createQuery("SELECT size FROM attachment_blob WHERE sha256 = :sha")
                .bind("sha", sha256).mapTo(Long.class).findOne());
        return size.map(bytes -> new ChunkStream(sha256, bytes));
    }

    private void writeChunks(Handle h, String sha, Path spool) {
        try (InputStream in = Files.newInputStream(spool)) {
            byte[] buffer = new byte[chunkSize];
            for (int seq = 0; ; seq++) {
                int filled = in.readNBytes(buffer, 0, chunkSize);
                if (filled == 0) {
                    return;
                }
                h.createUpdate("INSERT INTO attachment_chunk (sha256, seq, content) VALUES (:sha, :seq, :content)")
                        .bind("sha", sha).bind("seq", seq).bind("content", Arrays.copyOf(buffer, filled)).execute();
            }
        } catch (IOException e) {
            throw new StorageException("could not read back the spooled attachment", e);
        }
    }

    /** The bytes of one attachment, fetched a chunk at a time as they are read. */
    private final class ChunkStream extends InputStream {
        private final String sha;
        private final long size;
        private byte[] chunk = new byte[0];
        private int position;
        private int nextSeq;
        private long delivered;

        ChunkStream(String sha, long size) {
            this.sha = sha;
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (position == chunk.length && !fetchNext()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, target, offset, n);
            position += n;
            delivered += n;
            return n;
        }

        private boolean fetchNext() {
            if (delivered >= size) {
                return false;
            }
            int seq = nextSeq++;
            chunk = database.read(h -> h.createQuery(
                            "SELECT content FROM attachment_chunk WHERE sha256 = :sha AND seq = :seq")
                    .bind("sha", sha).bind("seq", seq).mapTo(byte[].class).findOne())
                    .orElseThrow(() -> new StorageException("attachment " + sha + " lacks its chunk " + seq, null));
            position = 0;
            return chunk.length > 0;
        }
    }

    @Override
    public boolean contains(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return false;
        }
        return database.read(h -> h.createQuery("SELECT 1 FROM attachment_blob WHERE sha256 = :sha")
                .bind("sha", sha256).mapTo(Integer.class).findOne().isPresent());
    }

    private static Path spoolFile() {
        try {
            return Files.createTempFile("helpdesk-upload-", ".part");
        } catch (IOException e) {
            throw new StorageException("cannot create a temporary file for an upload", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new StorageException("SHA-256 is missing from this JVM", e);
        }
    }
}