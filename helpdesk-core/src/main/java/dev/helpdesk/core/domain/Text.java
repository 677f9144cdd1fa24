package dev.helpdesk.core.domain;

import dev.helpdesk.core.error.InvalidInputException;

/** Checks shared by every value that holds text a person typed. */
public final class Text {
    private Text() {
    }

    /** Trimmed, non-blank, at most {@code max} characters, no control characters but tab and newlines. */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "required", field + " is required");
        }
        return bounded(field, value.strip(), max);
    }

    /** Like {@link #required} but an absent or blank value becomes the empty string. */
    public static String optional(String field, String value, int max) {
        return value == null ? "" : bounded(field, value.strip(), max);
    }

    /** A single line: no line breaks at all (names, subjects, header-bound values). */
    public static String singleLine(String field, String value, int max) {
        String text = required(field, value, max);
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw InvalidInputException.of(field, "single_line", field + " must be on a single line");
        }
        return text;
    }

    private static String bounded(String field, String value, int max) {
        if (value.length() > max) {
            throw InvalidInputException.of(field, "too_long",
                    field + " is " + value.length() + " characters long; the limit is " + max);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw InvalidInputException.of(field, "control_character", field + " contains a control character");
            }
        }
        return value;
    }
}
