package dev.helpdesk.core.domain.policy;

import dev.helpdesk.core.domain.Text;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One choice of an option list: a stable code stored on tickets, and a label for people.
 *
 * @param labels the label in other languages, by language code ({@code "it"}); {@link #label} for the others
 */
public record Option(String code, String label, Map<String, String> labels) {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    public Option {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("option code must be lower case letters, digits, '_' or '-': " + code);
        }
        label = Text.singleLine("label", label, 100);
        labels = Translations.copyOf(labels);
    }

    public Option(String code, String label) {
        this(code, label, Map.of());
    }

    public static Option of(String code, String label) {
        return new Option(code, label);
    }

    /** The same option with its label in one more language, such as {@code withLabel("it", "Fatturazione")}. */
    public Option withLabel(String language, String translated) {
        return new Option(code, label, Translations.with(labels, language, translated));
    }

    /** The label in this language (a language code such as {@code "it"}), or the default label. */
    public String label(String language) {
        return labels.getOrDefault(language, label);
    }
}
