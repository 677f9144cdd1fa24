package dev.helpdesk.core.domain.policy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field values as a person sent them, not yet checked: what a form or an API body gives. A multiple choice
 * carries several strings; an empty list clears the field.
 */
public record FieldInputs(Map<FieldRef, List<String>> values) {
    public static final FieldInputs NONE = new FieldInputs(Map.of());

    public FieldInputs {
        Map<FieldRef, List<String>> copy = new LinkedHashMap<>();
        values.forEach((field, raw) -> copy.put(field, List.copyOf(raw)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public static Builder builder() {
        return new Builder();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public static final class Builder {
        private final Map<FieldRef, List<String>> values = new LinkedHashMap<>();

        public Builder set(FieldRef field, String... raw) {
            values.put(field, List.of(raw));
            return this;
        }

        public Builder set(String fieldName, String... raw) {
            return set(new FieldRef(fieldName), raw);
        }

        public FieldInputs build() {
            return new FieldInputs(values);
        }
    }
}
