package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.StorageException;
import dev.helpdesk.core.port.StoredContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Bytes in memory, by sha256. Outside units of work, like a file system: content-addressed, so retries are safe. */
final class InMemoryAttachmentStore implements AttachmentStore {
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public StoredContent put(InputStream content) {
        byte[] bytes;
        try (InputStream in = content) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read attachment content", e);
        }
        String sha256 = HexFormat.of().formatHex(digest().digest(bytes));
        blobs.putIfAbsent(sha256, bytes);
        return new StoredContent(sha256, bytes.length);
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        return Optional.ofNullable(blobs.get(sha256)).map(ByteArrayInputStream::new);
    }

    @Override
    public boolean contains(String sha256) {
        return blobs.containsKey(sha256);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new StorageException("SHA-256 is missing from this JVM", e);
        }
    }
}
