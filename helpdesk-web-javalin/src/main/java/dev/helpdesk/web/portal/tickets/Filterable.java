package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldType;
import dev.helpdesk.core.domain.policy.Option;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import java.util.ArrayList;
import java.util.List;
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
        int leaves = schema.categories().leaves().size();
        this.statuses = !schema.leafCategoriesShowing(FieldRef.STATUS).isEmpty();
        List<FieldDefinition> found = new ArrayList<>();
        for (FieldDefinition definition : schema.fieldDefinitions()) {
            boolean fixedValues = definition.type().hasOptions() || definition.type() == FieldType.CHECKBOX;
            if (fixedValues && !schema.leafCategoriesShowing(definition.ref()).isEmpty()) {
                found.add(definition);
            }
        }
        this.fields = List.copyOf(found);
        this.prioritySort = schema.leafCategoriesShowing(FieldRef.PRIORITY).size() == leaves;
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
