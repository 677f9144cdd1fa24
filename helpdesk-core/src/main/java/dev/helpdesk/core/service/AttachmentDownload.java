package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.ticket.Attachment;
import java.io.InputStream;
import java.util.Objects;

/** An attachment the caller may read: its metadata and its bytes (the caller closes the stream). */
public record AttachmentDownload(Attachment attachment, InputStream content) {
    public AttachmentDownload {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(content, "content");
    }
}
