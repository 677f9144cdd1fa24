package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.Text;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.domain.status.ClosedTicketReplyPolicy;
import dev.helpdesk.core.domain.status.Status;
import dev.helpdesk.core.domain.status.StatusCatalog;
import dev.helpdesk.core.domain.status.StatusKind;
import dev.helpdesk.core.error.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A support request and its conversation. Immutable: every verb returns the next state with the version one
 * higher, and storage accepts that state only over the version it came from (optimistic locking).
 *
 * @param status     the status code, from the {@link StatusCatalog}
 * @param fields     every field but status: type, priority, impact, product family and custom fields
 * @param resolvedAt when the ticket last entered a solved or closed status; empty while it is not done
 */
public record Ticket(TicketId id, TicketNumber number, String subject, ContactId requester,
                     OrganizationId organization, CategoryId category, Optional<CategoryId> subcategory,
                     String status, Map<FieldRef, FieldValue> fields, Assignment assignment, List<Message> messages,
                     Instant createdAt, Instant updatedAt, Optional<Instant> resolvedAt, long version) {

    public static final int SUBJECT_LIMIT = 200;

    public Ticket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        subject = Text.singleLine("title", subject, SUBJECT_LIMIT);
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subcategory, "subcategory");
        Objects.requireNonNull(status, "status");
        fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
        if (fields.containsKey(FieldRef.STATUS)) {
            throw new IllegalArgumentException("status is kept in its own component, not among the fields");
        }
        Objects.requireNonNull(assignment, "assignment");
        messages = List.copyOf(messages);
        Set<MessageId> ids = new HashSet<>();
        for (Message message : messages) {
            if (!ids.add(message.id())) {
                throw new IllegalArgumentException("message " + message.id() + " appears twice in ticket " + id);
            }
        }
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("ticket " + id + " was updated before it was created");
        }
        Objects.requireNonNull(resolvedAt, "resolvedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
    }

    /** A new ticket at version 1, with its first message when the requester wrote a description. */
    public static Ticket open(TicketId id, TicketNumber number, String subject, ContactId requester,
                              OrganizationId organization, CategoryId category, Optional<CategoryId> subcategory,
                              Map<FieldRef, FieldValue> fields, Assignment assignment, Optional<Message> firstMessage,
                              StatusCatalog catalog, Instant now) {
        return new Ticket(id, number, subject, requester, organization, category, subcategory, catalog.initial(),
                fields, assignment, firstMessage.stream().toList(), now, now, Optional.empty(), 1);
    }

    public Optional<FieldValue> field(FieldRef field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** The code of a single-choice field such as priority. */
    public Optional<String> choice(FieldRef field) {
        return field(field).filter(FieldValue.ChoiceValue.class::isInstance).map(v -> ((FieldValue.ChoiceValue) v).code());
    }

    public StatusKind statusKind(StatusCatalog catalog) {
        return catalog.find(status).map(Status::kind).orElse(StatusKind.OPEN);
    }

    /**
     * The requester's (or a colleague's) reply. It reopens a solved ticket; a closed one is reopened or the reply
     * refused, as the catalog's policy says.
     */
    public Ticket withCustomerReply(Message reply, StatusCatalog catalog) {
        requireAuthor(reply, Author.Customer.class, MessageVisibility.PUBLIC);
        requireOpenForCustomerReplies(catalog);
        return append(reply).movedTo(catalog.onCustomerReply(), catalog, reply.createdAt());
    }

    /** Refuses, when the catalog says so, a customer's reply to a closed ticket (seed 002: open a new one). */
    public void requireOpenForCustomerReplies(StatusCatalog catalog) {
        if (statusKind(catalog) == StatusKind.CLOSED && catalog.closedReplyPolicy() == ClosedTicketReplyPolicy.REFUSE) {
            throw new ConflictException("ticket.closed",
                    "This ticket is closed and takes no more replies; please open a new ticket",
                    Map.of("ticket", String.valueOf(number.value())));
        }
    }

    /** An agent's public reply: the ticket waits on the customer again (seed 004: Replied). */
    public Ticket withAgentReply(Message reply, StatusCatalog catalog) {
        requireAuthor(reply, Author.Agent.class, MessageVisibility.PUBLIC);
        return append(reply).movedTo(catalog.onAgentReply(), catalog, reply.createdAt());
    }

    /** An internal note changes nothing but the conversation agents see. */
    public Ticket withInternalNote(Message note) {
        requireAuthor(note, Author.Agent.class, MessageVisibility.INTERNAL);
        Ticket next = append(note);
        return next.stamped(note.createdAt());
    }

    /** Moves to any status of the catalog; the same status is no change and returns this ticket. */
    public Ticket withStatus(String code, StatusCatalog catalog, Instant now) {
        catalog.require(code);
        if (code.equals(status)) {
            return this;
        }
        return movedTo(code, catalog, now);
    }

    /** "Mark as resolved": to the catalog's resolve status; a ticket already solved or closed is a conflict. */
    public Ticket resolved(StatusCatalog catalog, Instant now) {
        if (statusKind(catalog).isDone()) {
            throw new ConflictException("ticket.already_resolved", "This ticket is already resolved",
                    Map.of("ticket", String.valueOf(number.value())));
        }
        return movedTo(catalog.onResolve(), catalog, now);
    }

    /** Sets (present) or clears (empty) field values; returns this ticket when nothing changes. */
    public Ticket withFields(Map<FieldRef, Optional<FieldValue>> changes, Instant now) {
        TreeMap<FieldRef, FieldValue> updated = new TreeMap<>(fields);
        changes.forEach((field, value) -> {
            if (value.isPresent()) {
                updated.put(field, value.get());
            } else {
                updated.remove(field);
            }
        });
        if (updated.equals(fields)) {
            return this;
        }
        return copy(status, updated, assignment, messages, resolvedAt).stamped(now);
    }

    public Ticket assignedTo(Assignment next, Instant now) {
        if (next.equals(assignment)) {
            return this;
        }
        return copy(status, fields, next, messages, resolvedAt).stamped(now);
    }

    private Ticket append(Message message) {
        List<Message> next = new ArrayList<>(messages);
        next.add(message);
        return copy(status, fields, assignment, next, resolvedAt);
    }

    private Ticket movedTo(String code, StatusCatalog catalog, Instant now) {
        boolean wasDone = statusKind(catalog).isDone();
        boolean isDone = catalog.require(code).kind().isDone();
        Optional<Instant> resolved = isDone ? (wasDone ? resolvedAt : Optional.of(now)) : Optional.empty();
        return copy(code, fields, assignment, messages, resolved).stamped(now);
    }

    /** The next version, updated now (never earlier than the last update, whatever the clock says). */
    private Ticket stamped(Instant now) {
        Instant updated = now.isAfter(updatedAt) ? now : updatedAt;
        return new Ticket(id, number, subject, requester, organization, category, subcategory, status, fields,
                assignment, messages, createdAt, updated, resolvedAt, version + 1);
    }

    /** A copy at the same version and time; callers stamp it. */
    private Ticket copy(String nextStatus, Map<FieldRef, FieldValue> nextFields, Assignment nextAssignment,
                        List<Message> nextMessages, Optional<Instant> nextResolvedAt) {
        return new Ticket(id, number, subject, requester, organization, category, subcategory, nextStatus, nextFields,
                nextAssignment, nextMessages, createdAt, updatedAt, nextResolvedAt, version);
    }

    private void requireAuthor(Message message, Class<? extends Author> author, MessageVisibility visibility) {
        if (!author.isInstance(message.author()) || message.visibility() != visibility) {
            throw new IllegalArgumentException("expected a " + visibility + " message by " + author.getSimpleName());
        }
    }

    /** The ticket without its conversation: what lists and queries work on. */
    public TicketSummary summary() {
        return new TicketSummary(id, number, subject, requester, organization, category, subcategory, status, fields,
                assignment, createdAt, updatedAt, version);
    }
}
