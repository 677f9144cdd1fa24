package dev.helpdesk.core.domain.ticket;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.policy.FieldAccess;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldRule;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The field policy applied: what a customer may send when opening or updating a ticket, what agents may send,
 * and which fields a customer sees. Status is handled by its own commands, never as a field value here.
 */
public final class TicketFields {
    private TicketFields() {
    }

    /** What a change asks for: per field, a new value or, when empty, clearing it. */
    public record Changes(Map<FieldRef, Optional<FieldValue>> values) {
        public Changes {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The values set, for a new ticket (cleared fields are simply absent). */
        public Map<FieldRef, FieldValue> present() {
            Map<FieldRef, FieldValue> present = new LinkedHashMap<>();
            values.forEach((field, value) -> value.ifPresent(v -> present.put(field, v)));
            return present;
        }
    }

    /**
     * A customer opening a ticket: hidden or view-only fields in the input are refused (403 for view-only, a
     * validation error for hidden), values are checked by type, required fields must be there; choice fields left
     * empty get the schema's default.
     */
    public static Changes customerCreate(TicketSchema schema, CategoryId category, Optional<CategoryId> subcategory,
                                         FieldInputs inputs) {
        Map<FieldRef, Optional<FieldValue>> parsed = check(schema, category, subcategory, inputs, true);
        for (FieldDefinition definition : schema.fieldDefinitions()) {
            FieldRule rule = schema.policy().ruleFor(definition.ref(), category, subcategory);
            if (rule.requiredOnCreate() && parsed.getOrDefault(definition.ref(), Optional.empty()).isEmpty()) {
                throw InvalidInputException.of(definition.ref().name(), "required", definition.label() + " is required");
            }
        }
        return new Changes(withDefaults(schema, parsed));
    }

    /** A customer changing fields of their ticket: the same checks; a required field may not be cleared. */
    public static Changes customerUpdate(TicketSchema schema, CategoryId category, Optional<CategoryId> subcategory,
                                         FieldInputs inputs) {
        Map<FieldRef, Optional<FieldValue>> parsed = check(schema, category, subcategory, inputs, true);
        parsed.forEach((field, value) -> {
            if (value.isEmpty() && schema.policy().ruleFor(field, category, subcategory).requiredOnCreate()) {
                throw InvalidInputException.of(field.name(), "required", field.name() + " is required and cannot be cleared");
            }
        });
        return new Changes(parsed);
    }

    /** An agent: every field is editable, values are still checked by type and options. */
    public static Changes staffInput(TicketSchema schema, FieldInputs inputs, boolean creating) {
        Map<FieldRef, Optional<FieldValue>> parsed = check(schema, null, Optional.empty(), inputs, false);
        return new Changes(creating ? withDefaults(schema, parsed) : parsed);
    }

    /** The customer's rule for each field of this ticket: what their view may hold and how. */
    public static FieldRule customerRule(TicketSchema schema, TicketSummary ticket, FieldRef field) {
        return schema.policy().ruleFor(field, ticket.category(), ticket.subcategory());
    }

    /** The fields a customer sees on this ticket, in form order; hidden ones are absent. */
    public static Map<FieldRef, FieldValue> customerView(TicketSchema schema, TicketSummary ticket) {
        Map<FieldRef, FieldValue> visible = new LinkedHashMap<>();
        for (FieldDefinition definition : schema.fieldDefinitions()) {
            if (customerRule(schema, ticket, definition.ref()).access().visible()) {
                ticket.field(definition.ref()).ifPresent(value -> visible.put(definition.ref(), value));
            }
        }
        return visible;
    }

    private static Map<FieldRef, Optional<FieldValue>> check(TicketSchema schema, CategoryId category,
                                                            Optional<CategoryId> subcategory, FieldInputs inputs,
                                                            boolean customer) {
        List<FieldError> denied = new ArrayList<>();
        List<FieldError> invalid = new ArrayList<>();
        Map<FieldRef, Optional<FieldValue>> parsed = new LinkedHashMap<>();
        inputs.values().forEach((field, raw) -> {
            Optional<FieldDefinition> definition = field.equals(FieldRef.STATUS) ? Optional.empty()
                    : schema.definition(field);
            if (field.equals(FieldRef.STATUS)) {
                invalid.add(new FieldError(field.name(), "not_a_field_value", "status is changed with its own command"));
                return;
            }
            if (definition.isEmpty()) {
                invalid.add(new FieldError(field.name(), "unknown", "there is no field '" + field + "'"));
                return;
            }
            if (customer) {
                FieldAccess access = schema.policy().ruleFor(field, category, subcategory).access();
                if (access == FieldAccess.HIDDEN) {
                    invalid.add(new FieldError(field.name(), "hidden", "there is no field '" + field + "' for customers"));
                    return;
                }
                if (access == FieldAccess.VIEW_ONLY) {
                    denied.add(new FieldError(field.name(), "view_only",
                            definition.get().label() + " is view-only and cannot be changed"));
                    return;
                }
            }
            FieldDefinition checked = customer && field.equals(FieldRef.TYPE) ? schema.customerTypeDefinition()
                    : definition.get();
            try {
                parsed.put(field, checked.parse(raw));
            } catch (InvalidInputException e) {
                invalid.addAll(e.fieldErrors());
            }
        });
        if (!denied.isEmpty()) {
            throw AccessDeniedException.forFields(denied);
        }
        if (!invalid.isEmpty()) {
            throw new InvalidInputException(invalid);
        }
        return parsed;
    }

    private static Map<FieldRef, Optional<FieldValue>> withDefaults(TicketSchema schema,
                                                                   Map<FieldRef, Optional<FieldValue>> parsed) {
        Map<FieldRef, Optional<FieldValue>> complete = new LinkedHashMap<>(parsed);
        schema.defaultValues().forEach((field, code) -> {
            if (complete.getOrDefault(field, Optional.empty()).isEmpty()) {
                complete.put(field, Optional.of(new FieldValue.ChoiceValue(code)));
            }
        });
        return complete;
    }
}
