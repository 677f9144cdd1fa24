package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldValue;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A ticket without its messages: one row of a list. */
public record TicketSummary(TicketId id, TicketNumber number, String subject, ContactId requester,
                           OrganizationId organization, CategoryId category, Optional<CategoryId> subcategory,
                           String status, Map<FieldRef, FieldValue> fields, Assignment assignment,
                           Instant createdAt, Instant updatedAt, long version) {
    public TicketSummary {
        fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    }

    public Optional<FieldValue> field(FieldRef field) {
        return Optional.ofNullable(fields.get(field));
    }
}
