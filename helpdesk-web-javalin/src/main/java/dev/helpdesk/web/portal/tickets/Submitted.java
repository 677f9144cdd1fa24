package dev.helpdesk.web.portal.tickets;

import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.HelpdeskException;
import dev.helpdesk.web.i18n.Translator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form of the ticket page that was sent and refused: which one, what was typed (shown again) and the errors
 * next to its fields, or a message for the whole page. Secrets are never kept: only their label is typed back.
 */
public record Submitted(String form, Map<String, List<String>> typed, Map<String, String> errors,
        Optional<String> problem) {
    public static final String REPLY = "reply";
    public static final String FIELDS = "fields";
    public static final String RATING = "rating";
    public static final String SECRET = "secret";

    public Submitted {
        typed = Map.copyOf(typed);
        errors = Map.copyOf(errors);
    }

    /** Nothing was sent: the page as it is. */
    public static Submitted none() {
        return new Submitted("", Map.of(), Map.of(), Optional.empty());
    }

    public static Submitted refused(String form, Map<String, List<String>> typed, Map<String, String> errors) {
        return new Submitted(form, typed, errors, Optional.empty());
    }

    /** A page-level message, with the form's typed values kept. */
    public static Submitted problem(String form, Map<String, List<String>> typed, String message) {
        return new Submitted(form, typed, Map.of(), Optional.of(message));
    }

    public boolean is(String which) {
        return form.equals(which);
    }

    public String typed(String field) {
        List<String> values = typed.getOrDefault(field, List.of());
        return values.isEmpty() ? "" : values.get(0);
    }

    public Optional<List<String>> typedList(String field) {
        return Optional.ofNullable(typed.get(field));
    }

    /**
     * Field errors in this page's words: {@code ticket.error.<field>.<rule>} (an empty reply and an unexplained
     * complaint need different words), else {@code ticket.error.<rule>}, else the portal's general text.
     */
    public static Map<String, String> messages(HelpdeskException error, Translator t) {
        Map<String, String> messages = new LinkedHashMap<>();
        for (FieldError field : error.fieldErrors()) {
            String specific = "ticket.error." + field.field() + "." + field.rule();
            String general = "ticket.error." + field.rule();
            messages.putIfAbsent(field.field(), t.has(specific) ? t.t(specific)
                    : t.has(general) ? t.t(general) : t.field(field));
        }
        return messages;
    }

    /** A refusal of the whole action (a change made meanwhile, a closed ticket) in this page's words. */
    public static String problemText(HelpdeskException error, Translator t) {
        String key = "ticket.problem." + error.code();
        return t.has(key) ? t.t(key) : t.error(error);
    }
}
