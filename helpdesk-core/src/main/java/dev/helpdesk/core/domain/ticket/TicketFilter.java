package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Conditions on ticket fields, all of which must hold. An empty set or an empty optional is no condition.
 *
 * @param statuses    any of these status codes (the seeds' multi-select)
 * @param fieldValues per field, any of these values; a value is an option code, a number, a date (YYYY-MM-DD),
 *                    {@code true}/{@code false} or a text, compared with {@link #valuesOf(FieldValue)}
 * @param leafCategories any of these, compared with a ticket's subcategory, or its category when it has none; the
 *                    services set it so that a customer's field filter only looks at tickets where the field
 *                    policy shows that field (a filter on a hidden value would reveal it)
 * @param updatedFrom inclusive; {@code updatedTo} exclusive
 */
public record TicketFilter(Set<String> statuses, Optional<CategoryId> category, Optional<CategoryId> subcategory,
                           Set<CategoryId> leafCategories,
                           Map<FieldRef, Set<String>> fieldValues, Optional<ContactId> requester,
                           Optional<OrganizationId> organization, Optional<AgentId> assignedAgent,
                           Optional<TeamId> assignedTeam, Optional<Instant> updatedFrom, Optional<Instant> updatedTo) {

    public static final TicketFilter NONE = builder().build();

    public TicketFilter {
        statuses = Set.copyOf(statuses);
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(subcategory, "subcategory");
        leafCategories = Set.copyOf(leafCategories);
        Map<FieldRef, Set<String>> copy = new LinkedHashMap<>();
        fieldValues.forEach((field, values) -> {
            if (field.equals(FieldRef.STATUS)) {
                throw new IllegalArgumentException("filter statuses with statuses(), not as a field");
            }
            if (!values.isEmpty()) {
                copy.put(field, Set.copyOf(values));
            }
        });
        fieldValues = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(assignedAgent, "assignedAgent");
        Objects.requireNonNull(assignedTeam, "assignedTeam");
        Objects.requireNonNull(updatedFrom, "updatedFrom");
        Objects.requireNonNull(updatedTo, "updatedTo");
    }

    public boolean matches(TicketSummary ticket) {
        if (!statuses.isEmpty() && !statuses.contains(ticket.status())) {
            return false;
        }
        if (category.isPresent() && !category.get().equals(ticket.category())) {
            return false;
        }
        if (subcategory.isPresent() && !subcategory.equals(ticket.subcategory())) {
            return false;
        }
        if (!leafCategories.isEmpty() && !leafCategories.contains(leafOf(ticket))) {
            return false;
        }
        for (Map.Entry<FieldRef, Set<String>> condition : fieldValues.entrySet()) {
            Optional<FieldValue> value = ticket.field(condition.getKey());
            if (value.isEmpty() || valuesOf(value.get()).stream().noneMatch(condition.getValue()::contains)) {
                return false;
            }
        }
        return requester.map(ticket.requester()::equals).orElse(true)
                && organization.map(ticket.organization()::equals).orElse(true)
                && assignedAgent.map(a -> ticket.assignment().agent().filter(a::equals).isPresent()).orElse(true)
                && assignedTeam.map(t -> ticket.assignment().team().filter(t::equals).isPresent()).orElse(true)
                && updatedFrom.map(from -> !ticket.updatedAt().isBefore(from)).orElse(true)
                && updatedTo.map(to -> ticket.updatedAt().isBefore(to)).orElse(true);
    }

    /** The most specific category of a ticket: its subcategory, or its category when it has none. */
    public static CategoryId leafOf(TicketSummary ticket) {
        return ticket.subcategory().orElse(ticket.category());
    }

    /** The same conditions, further limited to tickets whose leaf category is one of these. */
    public TicketFilter withinLeafCategories(Set<CategoryId> leaves) {
        return new TicketFilter(statuses, category, subcategory, leaves, fieldValues, requester, organization,
                assignedAgent, assignedTeam, updatedFrom, updatedTo);
    }

    /** The strings a stored value is filtered by: each code of a choice, the canonical text of anything else. */
    public static Set<String> valuesOf(FieldValue value) {
        if (value instanceof FieldValue.ChoicesValue) {
            return ((FieldValue.ChoicesValue) value).codes();
        }
        return Set.of(value.display());
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Set<String> statuses = Set.of();
        private Optional<CategoryId> category = Optional.empty();
        private Optional<CategoryId> subcategory = Optional.empty();
        private Set<CategoryId> leafCategories = Set.of();
        private final Map<FieldRef, Set<String>> fieldValues = new LinkedHashMap<>();
        private Optional<ContactId> requester = Optional.empty();
        private Optional<OrganizationId> organization = Optional.empty();
        private Optional<AgentId> assignedAgent = Optional.empty();
        private Optional<TeamId> assignedTeam = Optional.empty();
        private Optional<Instant> updatedFrom = Optional.empty();
        private Optional<Instant> updatedTo = Optional.empty();

        public Builder statuses(String... codes) {
            statuses = Set.of(codes);
            return this;
        }

        public Builder statuses(Set<String> codes) {
            statuses = codes;
            return this;
        }

        public Builder category(CategoryId value) {
            category = Optional.of(value);
            return this;
        }

        public Builder subcategory(CategoryId value) {
            subcategory = Optional.of(value);
            return this;
        }

        public Builder leafCategories(Set<CategoryId> leaves) {
            leafCategories = leaves;
            return this;
        }

        public Builder field(FieldRef field, String... values) {
            fieldValues.put(field, Set.of(values));
            return this;
        }

        public Builder requester(ContactId value) {
            requester = Optional.of(value);
            return this;
        }

        public Builder organization(OrganizationId value) {
            organization = Optional.of(value);
            return this;
        }

        public Builder assignedAgent(AgentId value) {
            assignedAgent = Optional.of(value);
            return this;
        }

        public Builder assignedTeam(TeamId value) {
            assignedTeam = Optional.of(value);
            return this;
        }

        public Builder updatedBetween(Instant from, Instant to) {
            updatedFrom = Optional.ofNullable(from);
            updatedTo = Optional.ofNullable(to);
            return this;
        }

        public TicketFilter build() {
            return new TicketFilter(statuses, category, subcategory, leafCategories, fieldValues, requester, organization,
                    assignedAgent, assignedTeam, updatedFrom, updatedTo);
        }
    }
}
