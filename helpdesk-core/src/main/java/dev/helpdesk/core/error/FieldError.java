package dev.helpdesk.core.error;

import java.util.Objects;

/**
 * One rejected field: which field, which rule it broke, and a sentence for people.
 *
 * @param field   the field name as the caller sent it ({@code title}, {@code priority}, {@code custom.os})
 * @param rule    a stable rule code for translation ({@code required}, {@code view_only}, {@code not_an_option})
 * @param message an English sentence saying what is wrong
 */
public record FieldError(String field, String rule, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }
}
