package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.Assignment;
import dev.helpdesk.core.domain.ticket.Author;
import dev.helpdesk.core.domain.ticket.Channel;
import dev.helpdesk.core.domain.ticket.Message;
import dev.helpdesk.core.domain.ticket.MessageId;
import dev.helpdesk.core.domain.ticket.MessageVisibility;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketQuery;
import dev.helpdesk.core.domain.ticket.TicketNumber;
import dev.helpdesk.core.domain.ticket.TicketSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Ticket rows to domain records and back. */
final class TicketRows {
    static final String SUMMARY_COLUMNS = "t.number, t.id, t.subject, t.requester_id, t.organization_id, t.category, "
            + "t.subcategory, t.status, t.fields, t.assigned_team, t.assigned_agent, t.created_at, t.updated_at, t.version";

    private TicketRows() {
    }

    static TicketSummary summary(ResultSet rs) throws SQLException {
        return new TicketSummary(TicketId.of(rs.getString("id")), new TicketNumber(rs.getLong("number")),
                rs.getString("subject"), ContactId.of(rs.getString("requester_id")),
                OrganizationId.of(rs.getString("organization_id")), CategoryId.of(rs.getString("category")),
                optional(rs.getString("subcategory")).map(CategoryId::of), rs.getString("status"),
                Json.fields(rs.getString("fields")), assignment(rs), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getLong("version"));
    }

    static Ticket ticket(TicketSummary s, Optional<Instant> resolvedAt, java.util.List<Message> messages) {
        return new Ticket(s.id(), s.number(), s.subject(), s.requester(), s.organization(), s.category(),
                s.subcategory(), s.status(), s.fields(), s.assignment(), messages, s.createdAt(), s.updatedAt(),
                resolvedAt, s.version());
    }

    static Message message(ResultSet rs) throws SQLException {
        String authorId = rs.getString("author_id");
        Author author = "agent".equals(rs.getString("author_kind")) ? Author.agent(AgentId.of(authorId))
                : Author.customer(ContactId.of(authorId));
        return new Message(MessageId.of(rs.getString("id")), author,
                MessageVisibility.valueOf(rs.getString("visibility")), Channel.valueOf(rs.getString("channel")),
                rs.getString("body"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Json.attachments(rs.getString("attachments")), optional(rs.getString("email_message_id")));
    }

    static String authorKind(Author author) {
        return author instanceof Author.Agent ? "agent" : "customer";
    }

    static String authorId(Author author) {
        return author instanceof Author.Agent ? ((Author.Agent) author).agent().value()
                : ((Author.Customer) author).contact().value();
    }

    /** The priority column: the code of a single-choice priority, for the priority sort. */
    static String priority(Map<FieldRef, FieldValue> fields) {
        FieldValue value = fields.get(FieldRef.PRIORITY);
        return value instanceof FieldValue.ChoiceValue ? ((FieldValue.ChoiceValue) value).code() : null;
    }

    /** The public word sequence the full-text index holds, exactly as the domain searches it. */
    static String publicWords(Ticket ticket) {
        return String.join(" ", TicketQuery.publicWords(ticket));
    }

    /** The internal word sequence (internal notes), which only agents search. */
    static String internalWords(Ticket ticket) {
        return String.join(" ", TicketQuery.internalWords(ticket));
    }

    static String leaf(Ticket ticket) {
        return TicketFilter.leafOf(ticket.summary()).value();
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        return new Assignment(optional(rs.getString("assigned_team")).map(TeamId::of),
                optional(rs.getString("assigned_agent")).map(AgentId::of));
    }

    private static Optional<String> optional(String value) {
        return Optional.ofNullable(value);
    }
}
