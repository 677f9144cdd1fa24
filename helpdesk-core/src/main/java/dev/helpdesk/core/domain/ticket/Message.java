package dev.helpdesk.core.domain.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a ticket's conversation.
 *
 * @param body           Markdown source as written; rendering and sanitising happen on the way out
 * @param emailMessageId the RFC 5322 Message-ID when it came by mail, for threading
 */
public record Message(MessageId id, Author author, MessageVisibility visibility, Channel channel, String body,
                      Instant createdAt, List<Attachment> attachments, Optional<String> emailMessageId) {
    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(emailMessageId, "emailMessageId");
    }

    public boolean isPublic() {
        return visibility == MessageVisibility.PUBLIC;
    }
}
