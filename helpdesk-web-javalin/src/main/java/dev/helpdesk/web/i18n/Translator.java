package dev.helpdesk.web.i18n;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.HelpdeskException;
import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * The texts, dates and errors of one request, in the viewer's language and time zone. Templates call it as
 * {@code t.t("tickets.title")}.
 */
public final class Translator {
    private final Messages messages;
    private final Language language;
    private final ZoneId zone;

    public Translator(Messages messages, Language language, ZoneId zone) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.language = Objects.requireNonNull(language, "language");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public Language language() {
        return language;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The text of {@code key} with {@code {0}}-style arguments filled; the key itself when no file has it. */
    public String t(String key, Object... args) {
        if (args.length == 0) {
            String pattern = messages.pattern(language, key);
            return pattern == null ? key : pattern;
        }
        MessageFormat format = messages.format(language, key);
        return format == null ? key : ((MessageFormat) format.clone()).format(args);
    }

    /** Whether {@code key} has a text. */
    public boolean has(String key) {
        return messages.pattern(language, key) != null;
    }

    /** A domain error for people: its code's text ({@code error.<code>}), with its named arguments filled. */
    public String error(HelpdeskException error) {
        return named("error." + error.code(), error.arguments(), error.getMessage());
    }

    /**
     * A field error for people: the text of {@code field.<rule>}, or a general "not valid" for a rule without one.
     * The texts do not repeat the field's name, as forms show them right under the field; where a field error stands
     * alone (the error page), {@link #fieldLabel} names the field beside it.
     */
    public String field(FieldError error) {
        String key = "field." + error.rule();
        return t(has(key) ? key : "field.invalid");
    }

    /** The label of a form field ({@code label.<field>}, such as "E-mail address"), or its name when it has none. */
    public String fieldLabel(String field) {
        String key = "label." + field;
        return has(key) ? t(key) : field;
    }

    /** Fills {@code {name}} placeholders from a map (domain errors name their arguments). */
    public String named(String key, Map<String, String> arguments, String fallback) {
        String pattern = messages.pattern(language, key);
        if (pattern == null) {
            pattern = messages.pattern(language, "error.unknown");
            if (pattern == null) {
                return fallback;
            }
        }
        String text = pattern;
        for (Map.Entry<String, String> argument : arguments.entrySet()) {
            text = text.replace("{" + argument.getKey() + "}", argument.getValue());
        }
        return text;
    }

    /** A date such as "22 Nov 2026". */
    public String date(Instant instant) {
        return messages.date(language).format(instant.atZone(zone));
    }

    /** A date and time such as "22 Nov 2026, 14:05". */
    public String dateTime(Instant instant) {
        return messages.dateTime(language).format(instant.atZone(zone));
    }

    /** "5 minutes ago", "3 days ago"; the full date beyond 30 days. */
    public String relative(Instant instant, Instant now) {
        Duration ago = Duration.between(instant, now);
        if (ago.isNegative() || ago.toMinutes() < 1) {
            return t("time.just_now");
        }
        if (ago.toHours() < 1) {
            return t("time.minutes_ago", ago.toMinutes());
        }
        if (ago.toDays() < 1) {
            return t("time.hours_ago", ago.toHours());
        }
        if (ago.toDays() <= 30) {
            return t("time.days_ago", ago.toDays());
        }
        return date(instant);
    }
}
