package dev.helpdesk.web.portal;

import java.util.HashMap;
import java.util.Map;

/**
 * A form as it is shown again: what the person typed (never passwords: they are simply not put in), the
 * translated error of each field at fault, and a message for the whole form. Templates read it field by field.
 *
 * @param values  what was typed, by field name
 * @param errors  the translated message of each field at fault, by field name
 * @param message a message about the whole form, or empty
 */
public record FormState(Map<String, String> values, Map<String, String> errors, String message) {
    public FormState {
        values = Map.copyOf(values);
        errors = Map.copyOf(errors);
        message = message == null ? "" : message;
    }

    /** An empty form, or one filled with {@code values}. */
    public static FormState of(Map<String, String> values) {
        return new FormState(withoutNulls(values), Map.of(), "");
    }

    public static FormState empty() {
        return of(Map.of());
    }

    /** The same values with these field errors. */
    public FormState withErrors(Map<String, String> fieldErrors) {
        return new FormState(values, fieldErrors, message);
    }

    /** The same values and errors with a message for the whole form. */
    public FormState withMessage(String text) {
        return new FormState(values, errors, text);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.getOrDefault(field, "");
    }

    public boolean hasMessage() {
        return !message.isEmpty();
    }

    private static Map<String, String> withoutNulls(Map<String, String> values) {
        Map<String, String> copy = new HashMap<>();
        values.forEach((k, v) -> copy.put(k, v == null ? "" : v));
        return copy;
    }
}
