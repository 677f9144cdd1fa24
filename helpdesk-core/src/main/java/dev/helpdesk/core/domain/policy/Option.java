package dev.helpdesk.core.domain.policy;

import dev.helpdesk.core.domain.Text;
import java.util.regex.Pattern;

/** One choice of an option list: a stable code stored on tickets, and a label for people. */
public record Option(String code, String label) {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    public Option {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("option code must be lower case letters, digits, '_' or '-': " + code);
        }
        label = Text.singleLine("label", label, 100);
    }

    public static Option of(String code, String label) {
        return new Option(code, label);
    }
}
