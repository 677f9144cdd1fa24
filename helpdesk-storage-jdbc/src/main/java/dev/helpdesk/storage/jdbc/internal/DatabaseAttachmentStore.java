package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.StorageException;
import dev.helpdesk.core.port.StoredContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Attachment bytes in the database (BLOB or bytea), by sha256. The upload is spooled to a temporary file while it
 * is hashed, so memory holds a buffer, not the file; then it is stored once, whoever uploads the same bytes again.
 */
public final class DatabaseAttachmentStore implements AttachmentStore {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private final Database database;

    public DatabaseAttachmentStore(Database database) {
        this.database = database;
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
                    try (InputStream bytes = Files.newInputStream(spool)) {
                        h.createUpdate("INSERT INTO attachment_blob (sha256, size, content) VALUES (:sha, :size, :content)")
                                .bind("sha", sha).bind("size", size).bindBinaryStream("content", bytes, (int) size).execute();
                    } catch (IOException e) {
                        throw new StorageException("could not read back the spooled attachment", e);
                    }
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
        return database.read(h -> h.createQuery("SELECT content FROM attachment_blob WHERE sha256 = :sha")
                .bind("sha", sha256).map((rs, ctx) -> (InputStream) new ByteArrayInputStream(rs.getBytes(1))).findOne());
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
