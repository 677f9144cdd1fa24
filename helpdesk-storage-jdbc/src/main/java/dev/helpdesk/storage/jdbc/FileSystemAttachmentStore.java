package dev.helpdesk.storage.jdbc;

import dev.helpdesk.core.port.AttachmentStore;
import dev.helpdesk.core.port.StorageException;
import dev.helpdesk.core.port.StoredContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Attachment bytes as files, addressed by their SHA-256: {@code root/ab/cd/abcd…} (two levels of fan-out, so no
 * directory grows too large). Outside units of work: content-addressed, so a retried or concurrent put of the same
 * bytes is harmless.
 *
 * <p>A put streams into a temporary file under {@code root/tmp/} while hashing, forces it to disk, then moves it
 * into place atomically: readers never see a partial file, and a stream that fails leaves nothing behind. A crash
 * mid-write can leave a temporary file; those older than {@link #STALE_TEMP_AGE} are deleted when a store starts.
 *
 * <p>Safe for concurrent use, also by several stores (or processes) sharing one root.
 */
public final class FileSystemAttachmentStore implements AttachmentStore {
    /** Temporary files older than this are leftovers of a crash and are deleted at start-up. */
    public static final Duration STALE_TEMP_AGE = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(FileSystemAttachmentStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMP_DIRECTORY = "tmp";
    private static final int BUFFER_SIZE = 64 * 1024;

    private final Path root;
    private final Path temp;

    /**
     * A store keeping its files under {@code root}, created (with its parents) if missing.
     *
     * @throws StorageException if the directory cannot be created or read
     */
    public FileSystemAttachmentStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.temp = this.root.resolve(TEMP_DIRECTORY);
        try {
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new StorageException("Could not create the attachment directory " + temp
                    + " (no permission, or a file in the way?)", e);
        }
        deleteTempFilesOlderThan(Instant.now().minus(STALE_TEMP_AGE));
        LOG.info("Attachments are stored under {}", this.root);
    }

    /** The directory holding the files. */
    public Path root() {
        return root;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Closes {@code content}. An {@link IOException} of the stream propagates as the cause of an
     * {@link UncheckedIOException}, a {@link RuntimeException} of the stream unchanged; a failure of the file system
     * itself (disk full, no permission) throws {@link StorageException}.
     */
    @Override
    public StoredContent put(InputStream content) {
        Objects.requireNonNull(content, "content");
        Path tempFile = newTempFile();
        try {
            StoredContent stored;
            try (InputStream in = content) {
                stored = copy(in, tempFile);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not close the attachment content stream", e);
            }
            moveIntoPlace(tempFile, fileOf(stored.sha256()));
            return stored;
        } catch (Throwable failure) {
            deleteAfterFailure(tempFile, failure);
            throw failure;
        }
    }

    @Override
    public Optional<InputStream> open(String sha256) {
        if (!isSha256(sha256)) {
            return Optional.empty();
        }
        Path file = fileOf(sha256);
        try {
            return Optional.of(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StorageException("Could not open attachment file " + file, e);
        }
    }

    @Override
    public boolean contains(String sha256) {
        return isSha256(sha256) && Files.isRegularFile(fileOf(sha256));
    }

    @Override
    public String toString() {
        return "FileSystemAttachmentStore[" + root + "]";
    }

    private static boolean isSha256(String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        return SHA256.matcher(sha256).matches();
    }

    /** Only for a checked sha256: the path is built from 64 hex characters, never from unchecked input. */
    private Path fileOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private Path newTempFile() {
        try {
            // The directory may have been removed since start-up; createDirectories accepts an existing one.
            Files.createDirectories(temp);
            return Files.createTempFile(temp, "put-", ".tmp");
        } catch (IOException e) {
            throw new StorageException("Could not create a temporary attachment file in " + temp
                    + " (disk full or no permission?)", e);
        }
    }

    /**
     * Copies {@code in} to {@code file}, hashing as it goes, and forces the file to disk. An IOException of the stream
     * comes out as an {@link UncheckedIOException}, one of the file as a {@link StorageException}.
     */
    private static StoredContent copy(InputStream in, Path file) {
        MessageDigest digest = sha256Digest();
        long size = 0;
        byte[] buffer = new byte[BUFFER_SIZE];
        ByteBuffer wrapped = ByteBuffer.wrap(buffer);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            for (int n = read(in, buffer); n >= 0; n = read(in, buffer)) {
                digest.update(buffer, 0, n);
                wrapped.clear().limit(n);
                while (wrapped.hasRemaining()) {
                    channel.write(wrapped);
                }
                size += n;
            }
            channel.force(true);
        } catch (IOException e) {
            throw new StorageException("Could not write attachment to " + file + " (disk full or no permission?)", e);
        }
        return new StoredContent(HexFormat.of().formatHex(digest.digest()), size);
    }

    private static int read(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the attachment content", e);
        }
    }

    /** Atomically renames {@code tempFile} to {@code target}, or deletes it if the same bytes are there already. */
    private static void moveIntoPlace(Path tempFile, Path target) {
        try {
            if (Files.isRegularFile(target)) {
                Files.delete(tempFile);
                return;
            }
            Files.createDirectories(target.getParent());
            Files.move(tempFile, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (Files.isRegularFile(target)) {
                // A concurrent put of the same bytes won the race (on a platform where a rename does not
                // replace): the name is the content's hash, so what is there is what we wrote.
                deleteTempFile(tempFile);
                return;
            }
            throw new StorageException("Could not move attachment file " + tempFile + " to " + target
                    + " (no permission, or a file in the way?)", e);
        }
    }

    private static void deleteTempFile(Path tempFile) {
        try {
            Files.deleteIfExists(tempFile);
        } catch (IOException e) {
            throw new StorageException("Could not delete temporary attachment file " + tempFile, e);
        }
    }

    private static void deleteAfterFailure(Path tempFile, Throwable failure) {
        try {
            Files.deleteIfExists(tempFile);
        } catch (IOException e) {
            failure.addSuppressed(e);
            LOG.warn("Could not delete temporary attachment file {} after a failed put; it is deleted at the next "
                    + "start-up once older than {}", tempFile, STALE_TEMP_AGE, e);
        }
    }

    private void deleteTempFilesOlderThan(Instant cutoff) {
        FileTime limit = FileTime.from(cutoff);
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(temp)) {
            for (Path file : files) {
                if (isRegularFileOlderThan(file, limit)) {
                    try {
                        if (Files.deleteIfExists(file)) {
                            deleted++;
                        }
                    } catch (IOException e) {
                        LOG.warn("Could not delete leftover temporary attachment file {}", file, e);
                    }
                }
            }
        } catch (IOException e) {
            throw new StorageException("Could not list the temporary attachment directory " + temp, e);
        }
        if (deleted > 0) {
            LOG.info("Deleted {} leftover temporary attachment file(s) older than {} from {}", deleted,
                    STALE_TEMP_AGE, temp);
        }
    }

    private static boolean isRegularFileOlderThan(Path file, FileTime limit) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(limit) < 0;
        } catch (NoSuchFileException e) {
            return false; // deleted meanwhile, by another store sharing the root
        } catch (IOException e) {
            LOG.warn("Could not read the age of leftover temporary attachment file {}", file, e);
            return false;
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new StorageException("SHA-256 is missing from this JVM", e);
        }
    }
}
