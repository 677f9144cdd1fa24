package dev.helpdesk.core.port;

import java.io.InputStream;
import java.util.Optional;

/**
 * The bytes of attachments, addressed by their content (sha256), as streams: files are never held whole in
 * memory by the domain. Storing the same bytes twice keeps one copy.
 */
public interface AttachmentStore {

    /**
     * Reads {@code content} to its end and keeps it. If reading fails (the stream throws, for instance because the
     * file is over the size limit) the exception propagates and nothing is kept.
     */
    StoredContent put(InputStream content);

    /** The bytes stored under this sha256; the caller closes the stream. */
    Optional<InputStream> open(String sha256);

    boolean contains(String sha256);
}
