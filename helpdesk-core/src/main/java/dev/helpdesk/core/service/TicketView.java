package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.policy.FieldAccess;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.ticket.Attachment;
import dev.helpdesk.core.domain.ticket.Channel;
import dev.helpdesk.core.domain.ticket.MessageId;
import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A ticket as one viewer may see it. For a customer: hidden fields are absent (not blank), internal notes are not
 * there at all, statuses carry their customer label.
 *
 * @param status   empty when the field policy hides status from this customer
 * @param assignee the agent (or team) working on it, by name
 * @param messages newest first (seed 004)
 * @param version  to send back with changes (optimistic locking)
 */
public record TicketView(TicketId id, String reference, String subject, Named requester, Named organization,
                         Named category, Optional<Named> subcategory, Optional<StatusView> status,
                         Optional<String> assignee, List<FieldView> fields, List<MessageView> messages,
                         Instant createdAt, Instant updatedAt, long version, boolean canReply, boolean canResolve) {
    public TicketView {
        fields = List.copyOf(fields);
        messages = List.copyOf(messages);
    }

    public Optional<FieldView> field(FieldRef ref) {
        return fields.stream().filter(f -> f.ref().equals(ref)).findFirst();
    }

    /** An id with the name people read. */
    public record Named(String id, String name) {
    }

    public record StatusView(String code, String label) {
    }

    /**
     * @param value  the value as stored ({@code high}, {@code 2026-03-01}); empty when not set
     * @param text   the value as people read it (option labels)
     * @param access what the viewer may do: always EDITABLE for agents
     */
    public record FieldView(FieldRef ref, String label, Optional<String> value, String text, FieldAccess access) {
    }

    /**
     * @param internal an internal note (only ever in agents' views)
     */
    /**
     * @param body     the Markdown source as written
     * @param bodyHtml the body rendered to sanitised HTML by the configured {@code MarkdownRenderer}, safe to show
     */
    public record MessageView(MessageId id, String authorName, boolean byAgent, boolean internal, Channel channel,
                              String body, String bodyHtml, Instant createdAt, List<Attachment> attachments) {
        public MessageView {
            attachments = List.copyOf(attachments);
        }
    }
}
