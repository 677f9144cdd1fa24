package dev.helpdesk.core.domain;

import dev.helpdesk.core.error.InvalidInputException;

/** The one rule for textual ids: hosts may supply their own (an account id), so they are checked, not made here. */
public final class Ids {
    private static final int MAX_LENGTH = 64;

    private Ids() {
    }

    public static String check(String field, String value) {
        if (!wellFormed(value)) {
            throw InvalidInputException.of(field, "id_format",
                    field + " must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return value;
    }

    /**
     * {@code [A-Za-z0-9][A-Za-z0-9_.-]{0,63}}, checked by hand: every id of every row read passes here, and a
     * regular expression's matcher was a measurable share of a list page (issue 11).
     */
    static boolean wellFormed(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !letterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!letterOrDigit(c) && c != '_' && c != '.' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
