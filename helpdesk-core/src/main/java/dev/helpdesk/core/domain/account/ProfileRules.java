package dev.helpdesk.core.domain.account;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.Text;
import dev.helpdesk.core.error.InvalidInputException;
import java.util.regex.Pattern;

/** The rules for what a contact types on the profile page, each failing with the field and rule named. */
public final class ProfileRules {
    public static final int PASSWORD_MIN = 10;
    public static final int PASSWORD_MAX = 128;
    private static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]{1,30}");

    private ProfileRules() {
    }

    /** Optional, one line, at most 100 characters. */
    public static String jobTitle(String value) {
        String text = Text.optional("jobTitle", value, 100);
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw InvalidInputException.of("jobTitle", "single_line", "jobTitle must be on a single line");
        }
        return text;
    }

    /** Optional; checked loosely: digits, spaces, {@code + - ( )}, at most 30 characters. */
    public static String phone(String value) {
        String text = value == null ? "" : value.strip();
        if (!text.isEmpty() && !PHONE.matcher(text).matches()) {
            throw InvalidInputException.of("phone", "phone_format",
                    "phone may hold only digits, spaces and + - ( ), at most 30 characters");
        }
        return text;
    }

    /**
     * A new password: 10 to 128 characters (code points, so an emoji counts once), not the e-mail address.
     *
     * @param field the form field, such as {@code newPassword}
     */
    public static String password(String field, String value, EmailAddress email) {
        if (value == null || value.isEmpty()) {
            throw InvalidInputException.of(field, "required", field + " is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < PASSWORD_MIN) {
            throw InvalidInputException.of(field, "too_short",
                    field + " must be at least " + PASSWORD_MIN + " characters long");
        }
        if (length > PASSWORD_MAX) {
            throw InvalidInputException.of(field, "too_long",
                    field + " must be at most " + PASSWORD_MAX + " characters long");
        }
        if (email != null && value.strip().equalsIgnoreCase(email.value())) {
            throw InvalidInputException.of(field, "same_as_email", field + " must not be your e-mail address");
        }
        return value;
    }
}
