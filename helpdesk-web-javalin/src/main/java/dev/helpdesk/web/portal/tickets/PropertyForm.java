package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.policy.FieldAccess;
import dev.helpdesk.core.domain.policy.FieldDefinition;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldType;
import dev.helpdesk.core.domain.policy.Option;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.core.service.TicketView.FieldView;
import dev.helpdesk.web.i18n.Translator;
import dev.helpdesk.web.portal.tickets.TicketPageModel.Choice;
import dev.helpdesk.web.portal.tickets.TicketPageModel.Property;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The "Ticket properties" box under the field policy, both ways: what the page shows (editable fields as inputs,
 * view-only ones as text, hidden ones not at all, as the ticket view already has them) and what a Save sends.
 * Each input is named {@code field.<name>} and preceded by an empty hidden one, so that a cleared multiple choice
 * or an unticked checkbox still counts as sent. Only the fields whose value changed go to the service.
 */
final class PropertyForm {
    public static final String PREFIX = "field.";
    private static final Set<String> TRUE = Set.of("true", "on", "1", "yes");
    private static final Set<String> FALSE = Set.of("false", "off", "0", "no");

    private final TicketSchema schema;

    public PropertyForm(TicketSchema schema) {
        this.schema = schema;
    }

    /**
     * The properties shown, with the values typed into a refused Save in place of the stored ones.
     *
     * @param customerTypes the ticket types customers may pick (the portal settings)
     */
    public List<Property> properties(TicketView view, boolean canAct, Set<String> customerTypes, Translator t,
            Submitted submitted) {
        Labels labels = new Labels(t);
        List<Property> properties = new ArrayList<>();
        for (FieldView field : view.fields()) {
            Optional<FieldDefinition> found = schema.definition(field.ref());
            if (found.isEmpty()) {
                continue;
            }
            FieldDefinition definition = found.get();
            boolean editable = canAct && field.access() == FieldAccess.EDITABLE;
            List<String> current = currentValues(definition, field);
            List<String> shown = submitted.is(Submitted.FIELDS)
                    ? submitted.typedList(PREFIX + field.ref().name()).map(PropertyForm::nonBlank).orElse(current)
                    : current;
            List<Choice> options = new ArrayList<>();
            for (Option option : optionsFor(definition, editable, current, customerTypes)) {
                options.add(new Choice(option.code(), labels.option(definition, option.code()),
                        shown.contains(option.code())));
            }
            properties.add(new Property(PREFIX + field.ref().name(), "prop-" + field.ref().name().replace('.', '-'),
                    labels.field(definition), editable, required(view, field.ref()),
                    control(definition.type()), text(definition, field, labels, t),
                    shown.isEmpty() ? "" : shown.get(0), options,
                    submitted.is(Submitted.FIELDS) ? submitted.errors().getOrDefault(field.ref().name(), "") : ""));
        }
        return properties;
    }

    /**
     * The changes a Save asks for.
     *
     * @param posted every form field of the request
     * @throws InvalidInputException {@code not_editable} for a field sent that is not editable on this ticket for
     *                               this viewer: view-only, hidden and unknown fields get the same answer, so the
     *                               answer says nothing of a hidden field
     */
    public FieldInputs changes(TicketView view, boolean canAct, Map<String, List<String>> posted) {
        Map<String, FieldView> editable = new LinkedHashMap<>();
        for (FieldView field : view.fields()) {
            if (canAct && field.access() == FieldAccess.EDITABLE) {
                editable.put(PREFIX + field.ref().name(), field);
            }
        }
        List<FieldError> refused = new ArrayList<>();
        FieldInputs.Builder changes = FieldInputs.builder();
        for (Map.Entry<String, List<String>> entry : posted.entrySet()) {
            if (!entry.getKey().startsWith(PREFIX)) {
                continue;
            }
            FieldView field = editable.get(entry.getKey());
            if (field == null) {
                refused.add(new FieldError(entry.getKey().substring(PREFIX.length()), "not_editable",
                        "this field cannot be changed here"));
                continue;
            }
            FieldDefinition definition = schema.definition(field.ref()).orElseThrow();
            List<String> sent = nonBlank(entry.getValue());
            if (!normalised(definition, sent).equals(normalised(definition, currentValues(definition, field)))) {
                changes.set(field.ref(), sent.toArray(String[]::new));
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidInputException(refused);
        }
        return changes.build();
    }

    private static List<Option> optionsFor(FieldDefinition definition, boolean editable, List<String> current,
            Set<String> customerTypes) {
        if (!editable || !definition.ref().equals(FieldRef.TYPE)) {
            return definition.options();
        }
        // customers pick among the types the portal offers them, and keep the one an agent may have set
        List<Option> options = new ArrayList<>();
        for (Option option : definition.options()) {
            if (customerTypes.contains(option.code()) || current.contains(option.code())) {
                options.add(option);
            }
        }
        return options;
    }

    private boolean required(TicketView view, FieldRef field) {
        Optional<CategoryId> sub = view.subcategory().map(s -> CategoryId.of(s.id()));
        return schema.policy().ruleFor(field, CategoryId.of(view.category().id()), sub).requiredOnCreate();
    }

    /** The stored value as form values: option codes for choices, the canonical text otherwise. */
    private static List<String> currentValues(FieldDefinition definition, FieldView field) {
        if (field.value().isEmpty()) {
            return List.of();
        }
        String value = field.value().get();
        if (definition.type() == FieldType.MULTIPLE_CHOICE) {
            return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        return List.of(value);
    }

    private static String text(FieldDefinition definition, FieldView field, Labels labels, Translator t) {
        if (field.value().isEmpty()) {
            return "";
        }
        switch (definition.type()) {
            case SINGLE_CHOICE:
            case MULTIPLE_CHOICE:
                List<String> names = new ArrayList<>();
                for (String code : currentValues(definition, field)) {
                    names.add(labels.option(definition, code));
                }
                return String.join(", ", names);
            case CHECKBOX:
                return t.t("true".equals(field.value().get()) ? "ticket.yes" : "ticket.no");
            default:
                return field.text();
        }
    }

    /** Two values are the same when the service would store the same thing for them. */
    private static String normalised(FieldDefinition definition, List<String> values) {
        switch (definition.type()) {
            case MULTIPLE_CHOICE:
                return String.join(",", new TreeSet<>(values));
            case CHECKBOX:
                if (values.isEmpty()) {
                    return "false";
                }
                String value = values.get(0).toLowerCase(Locale.ROOT);
                return TRUE.contains(value) ? "true" : FALSE.contains(value) ? "false" : value;
            default:
                return String.join("\n", values);
        }
    }

    private static String control(FieldType type) {
        switch (type) {
            case SINGLE_CHOICE:
                return "select";
            case MULTIPLE_CHOICE:
                return "choices";
            case CHECKBOX:
                return "checkbox";
            case NUMBER:
                return "number";
            case DATE:
                return "date";
            case LONG_TEXT:
                return "textarea";
            default:
                return "text";
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
