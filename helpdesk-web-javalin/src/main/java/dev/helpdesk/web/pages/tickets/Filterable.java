package dev.helpdesk.web.pages.tickets;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldType;
import dev.helpdesk.core.domain.policy.Option;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a customer may filter and sort the list by, read from the field policy the same way the ticket service
 * checks it: a field shown in at least one category can be filtered on (the service then looks only at the
 * categories that show it); sorting by priority needs priority shown everywhere. Fields with a fixed set of values
 * (choices, checkboxes) get a select; free text is left to the search box.
 */
public final class Filterable {
    private static final List<Option> YES_NO = List.of(Option.of("true", "Yes"), Option.of("false", "No"));

    private final boolean statuses;
    private final List<FieldDefinition> fields;
    private final boolean prioritySort;

    public Filterable(TicketSchema schema) {
        Map<CategoryId, CategoryId> leaves = schema.categories().leaves();
        this.statuses = shownIn(schema, FieldRef.STATUS, leaves) > 0;
        List<FieldDefinition> found = new ArrayList<>();
        for (FieldDefinition definition : schema.fieldDefinitions()) {
            boolean fixedValues = definition.type().hasOptions() || definition.type() == FieldType.CHECKBOX;
            if (fixedValues && shownIn(schema, definition.ref(), leaves) > 0) {
                found.add(definition);
            }
        }
        this.fields = List.copyOf(found);
        this.prioritySort = shownIn(schema, FieldRef.PRIORITY, leaves) == leaves.size();
    }

    private static int shownIn(TicketSchema schema, FieldRef field, Map<CategoryId, CategoryId> leaves) {
        int count = 0;
        for (Map.Entry<CategoryId, CategoryId> leaf : leaves.entrySet()) {
            Optional<CategoryId> sub = leaf.getKey().equals(leaf.getValue()) ? Optional.empty()
                    : Optional.of(leaf.getKey());
            if (schema.policy().ruleFor(field, leaf.getValue(), sub).access().visible()) {
                count++;
            }
        }
        return count;
    }

    public boolean statuses() {
        return statuses;
    }

    /** The fields with a select in the filter panel, in form order; a checkbox field offers yes and no. */
    public List<FieldDefinition> fields() {
        return fields;
    }

    /** The values a field can be filtered by: its options, or yes and no for a checkbox. */
    public static List<Option> options(FieldDefinition field) {
        return field.type() == FieldType.CHECKBOX ? YES_NO : field.options();
    }

    public Optional<FieldDefinition> field(String name) {
        return fields.stream().filter(f -> f.ref().name().equals(name)).findFirst();
    }

    public boolean prioritySort() {
        return prioritySort;
    }
}
