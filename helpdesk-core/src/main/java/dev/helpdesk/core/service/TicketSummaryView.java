package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.ticket.TicketId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One row of a ticket list, as the viewer may see it (seed 004: reference, subject, last updated, department,
 * status; a primary user also sees the requester).
 */
public record TicketSummaryView(TicketId id, String reference, String subject, TicketView.Named requester,
                                TicketView.Named category, Optional<TicketView.StatusView> status,
                                List<TicketView.FieldView> fields, Instant createdAt, Instant updatedAt) {
    public TicketSummaryView {
        fields = List.copyOf(fields);
    }
}
