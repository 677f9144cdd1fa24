package dev.helpdesk.core.domain.ticket;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file's metadata; the bytes live in the {@code AttachmentStore}, addressed by their sha256.
 *
 * @param contentType the type as stored: declared or sniffed by the adapter that received the file
 */
public record Attachment(AttachmentId id, String fileName, long size, String contentType, String sha256) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits: " + sha256);
        }
    }
}
