package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.Ids;

/** An opaque id, safe in URLs; made by the {@code IdGenerator} port so that one cannot be guessed from another. */
public record AttachmentId(String value) {
    public AttachmentId {
        Ids.check("attachmentId", value);
    }

    public static AttachmentId of(String value) {
        return new AttachmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
