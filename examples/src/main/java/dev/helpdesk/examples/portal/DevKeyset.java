package dev.helpdesk.examples.portal;

import dev.helpdesk.defaults.TinkKeysets;
import dev.helpdesk.defaults.TinkSecretCipher;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that encrypts shared secrets in the demo, kept in clear in a file next to the database so that secrets
 * shared in one run can be revealed in the next. Fine for a demo on one's own machine only: production keeps
 * the keyset encrypted with a key-encryption key from a KMS ({@code TinkKeysets.newEncryptedKeyset}).
 */
final class DevKeyset {
    private static final Logger LOG = LoggerFactory.getLogger(DevKeyset.class);

    private DevKeyset() {
    }

    /** The keyset file that belongs to this database: {@code <database>.tink.json}. */
    static Path fileFor(Path database) {
        return database.resolveSibling(database.getFileName() + ".tink.json");
    }

    static TinkSecretCipher loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return TinkSecretCipher.fromCleartextKeysetForTestsAndDevOnly(Files.readString(file));
            }
            String keyset = TinkKeysets.newCleartextKeysetForTestsAndDevOnly();
            Files.createFile(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(file, keyset, StandardCharsets.UTF_8);
            LOG.info("new development keyset for shared secrets in {}", file);
            return TinkSecretCipher.fromCleartextKeysetForTestsAndDevOnly(keyset);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the development keyset " + file, e);
        }
    }
}
