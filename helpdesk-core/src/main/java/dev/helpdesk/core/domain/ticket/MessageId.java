package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.Ids;

/** An opaque id, safe in URLs; made by the {@code IdGenerator} port so that one cannot be guessed from another. */
public record MessageId(String value) {
    public MessageId {
        Ids.check("messageId", value);
    }

    public static MessageId of(String value) {
        return new MessageId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
