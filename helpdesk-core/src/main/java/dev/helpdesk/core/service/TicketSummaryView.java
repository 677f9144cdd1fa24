package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One row of a ticket list, as the viewer may see it (seed 004: reference, subject, last updated, department,
 * status; a primary user also sees the requester).
 *
 * <p>A list projects only what it shows: a row's {@link #fields()} go through the field policy the first time they
 * are asked for, not for every row of every page (the customer portal's list shows none). So this is a class with
 * a record's accessors, equality and text rather than a record.
 */
public final class TicketSummaryView {
    private final TicketId id;
    private final String reference;
    private final String subject;
    private final TicketView.Named requester;
    private final TicketView.Named category;
    private final Optional<TicketView.StatusView> status;
    private final Instant createdAt;
    private final Instant updatedAt;
    private Supplier<List<TicketView.FieldView>> projection;
    private volatile List<TicketView.FieldView> fields;

    public TicketSummaryView(TicketId id, String reference, String subject, TicketView.Named requester,
                             TicketView.Named category, Optional<TicketView.StatusView> status,
                             List<TicketView.FieldView> fields, Instant createdAt, Instant updatedAt) {
        this(id, reference, subject, requester, category, status, fixed(fields), createdAt, updatedAt);
    }

    private static Supplier<List<TicketView.FieldView>> fixed(List<TicketView.FieldView> fields) {
        List<TicketView.FieldView> copy = List.copyOf(fields);
        return () -> copy;
    }

    /**
     * A row whose fields {@code fields} projects when first asked for, from the ticket and the viewer already read
     * (no storage access).
     */
    TicketSummaryView(TicketId id, String reference, String subject, TicketView.Named requester,
                      TicketView.Named category, Optional<TicketView.StatusView> status,
                      Supplier<List<TicketView.FieldView>> fields, Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.requester = Objects.requireNonNull(requester, "requester");
        this.category = Objects.requireNonNull(category, "category");
        this.status = Objects.requireNonNull(status, "status");
        this.projection = Objects.requireNonNull(fields, "fields");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public TicketId id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String subject() {
        return subject;
    }

    public TicketView.Named requester() {
        return requester;
    }

    public TicketView.Named category() {
        return category;
    }

    public Optional<TicketView.StatusView> status() {
        return status;
    }

    /** The fields the viewer may see, in form order; projected on the first call. */
    public List<TicketView.FieldView> fields() {
        List<TicketView.FieldView> projected = fields;
        if (projected == null) {
            synchronized (this) {
                projected = fields;
                if (projected == null) {
                    projected = List.copyOf(projection.get());
                    fields = projected;
                    projection = null;
                }
            }
        }
        return projected;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TicketSummaryView && Objects.equals(parts(), ((TicketSummaryView) other).parts());
    }

    @Override
    public int hashCode() {
        return parts().hashCode();
    }

    @Override
    public String toString() {
        return "TicketSummaryView[id=" + id + ", reference=" + reference + ", subject=" + subject + ", requester="
                + requester + ", category=" + category + ", status=" + status + ", fields=" + fields()
                + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt + "]";
    }

    private List<Object> parts() {
        return List.of(id, reference, subject, requester, category, status, fields(), createdAt, updatedAt);
    }
}
