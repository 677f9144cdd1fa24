package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.ticket.Channel;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reply (public) or, from an agent, an internal note. Either text or at least one file is needed.
 *
 * @param emailMessageId the Message-ID when the message came by mail
 */
public record AddMessage(TicketId ticket, String body, List<NewAttachment> attachments, Channel channel,
                         Optional<String> emailMessageId) {
    public AddMessage {
        Objects.requireNonNull(ticket, "ticket");
        body = body == null ? "" : body;
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(emailMessageId, "emailMessageId");
    }

    public static AddMessage of(TicketId ticket, String body) {
        return new AddMessage(ticket, body, List.of(), Channel.WEB, Optional.empty());
    }

    public AddMessage withAttachments(List<NewAttachment> files) {
        return new AddMessage(ticket, body, files, channel, emailMessageId);
    }
}
