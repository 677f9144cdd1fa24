package dev.helpdesk.core.domain;

import dev.helpdesk.core.error.InvalidInputException;
import java.util.regex.Pattern;

/** The one rule for textual ids: hosts may supply their own (an account id), so they are checked, not made here. */
public final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private Ids() {
    }

    public static String check(String field, String value) {
        if (value == null || !ID.matcher(value).matches()) {
            throw InvalidInputException.of(field, "id_format",
                    field + " must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return value;
    }
}
