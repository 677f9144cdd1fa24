package dev.helpdesk.core.domain;

import dev.helpdesk.core.error.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An e-mail address, kept in lower case so that look-ups match however it was typed. The check is deliberately
 * plain (one '@', a dot in the domain, no spaces or line breaks): deliverability is the mail adapter's job.
 */
public record EmailAddress(String value) {
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value.strip()).matches()) {
            throw InvalidInputException.of("email", "email_format", "'" + shorten(value) + "' is not an e-mail address");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
    }

    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    private static String shorten(String value) {
        if (value == null) {
            return "";
        }
        String oneLine = value.replaceAll("[\\r\\n]", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 40) + "…" : oneLine;
    }

    @Override
    public String toString() {
        return value;
    }
}
