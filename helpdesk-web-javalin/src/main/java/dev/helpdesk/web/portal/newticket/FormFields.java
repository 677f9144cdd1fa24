package dev.helpdesk.web.portal.newticket;

import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.policy.FieldAccess;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldRule;
import dev.helpdesk.core.domain.policy.FieldType;
import dev.helpdesk.core.domain.policy.Option;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ticket fields a customer fills in when opening a ticket in one category: exactly those the field policy makes
 * editable there. View-only and hidden fields are not offered (the service would refuse them), and ticket types are
 * limited to those the portal settings give customers.
 */
final class FormFields {
    private final TicketSchema schema;
    private final Set<String> customerTypes;
    private final SchemaTexts texts;

    FormFields(TicketSchema schema, Set<String> customerTypes, SchemaTexts texts) {
        this.schema = schema;
        this.customerTypes = customerTypes;
        this.texts = texts;
    }

    /** The editable fields of this category, in the schema's order, with their rules. */
    Map<FieldDefinition, FieldRule> offered(Category category, Optional<Category> sub) {
        Map<FieldDefinition, FieldRule> offered = new LinkedHashMap<>();
        Optional<CategoryId> subId = sub.map(Category::id);
        for (FieldDefinition definition : schema.fieldDefinitions()) {
            FieldRule rule = schema.policy().ruleFor(definition.ref(), category.id(), subId);
            if (rule.access() == FieldAccess.EDITABLE) {
                offered.put(restricted(definition), rule);
            }
        }
        return offered;
    }

    /** What the form sent for the offered fields, as the service reads it. */
    FieldInputs inputs(Map<FieldDefinition, FieldRule> offered, Map<String, List<String>> typed) {
        FieldInputs.Builder inputs = FieldInputs.builder();
        offered.keySet().forEach(field -> inputs.set(field.ref(),
                typed.getOrDefault(field.ref().name(), List.of()).toArray(String[]::new)));
        return inputs.build();
    }

    /**
     * The fields for the template: the values typed (or, on a fresh form, the schema's defaults) and the errors,
     * by field name.
     */
    List<FormField> render(Map<FieldDefinition, FieldRule> offered, Map<String, List<String>> typed, boolean fresh,
            Map<String, String> errors) {
        List<FormField> fields = new ArrayList<>();
        offered.forEach((definition, rule) -> {
            String name = definition.ref().name();
            List<String> values = fresh ? defaultOf(definition.ref()) : typed.getOrDefault(name, List.of());
            fields.add(new FormField(name, "field-" + name.replace('.', '-'), texts.fieldLabel(definition),
                    kindOf(definition.type()), rule.requiredOnCreate(), choices(definition, values),
                    values.isEmpty() ? "" : values.get(0), errors.getOrDefault(name, "")));
        });
        return fields;
    }

    private List<String> defaultOf(FieldRef field) {
        String value = schema.defaultValues().get(field);
        return value == null ? List.of() : List.of(value);
    }

    private List<FormField.Choice> choices(FieldDefinition definition, List<String> values) {
        List<FormField.Choice> choices = new ArrayList<>();
        for (Option option : definition.options()) {
            choices.add(new FormField.Choice(option.code(), texts.optionLabel(definition.ref(), option),
                    values.contains(option.code())));
        }
        return choices;
    }

    /** The ticket type offers only the types customers may pick; every other field is as the schema says. */
    private FieldDefinition restricted(FieldDefinition definition) {
        if (!definition.ref().equals(FieldRef.TYPE)) {
            return definition;
        }
        List<Option> allowed = definition.options().stream().filter(o -> customerTypes.contains(o.code())).toList();
        return allowed.isEmpty() ? definition : definition.restrictedTo(allowed);
    }

    private static String kindOf(FieldType type) {
        switch (type) {
            case LONG_TEXT:
                return "textarea";
            case NUMBER:
                return "number";
            case DATE:
                return "date";
            case SINGLE_CHOICE:
                return "select";
            case MULTIPLE_CHOICE:
                return "checkboxes";
            case CHECKBOX:
                return "checkbox";
            default:
                return "text";
        }
    }
}
