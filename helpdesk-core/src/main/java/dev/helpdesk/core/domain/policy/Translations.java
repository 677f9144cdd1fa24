package dev.helpdesk.core.domain.policy;

import dev.helpdesk.core.domain.Text;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Labels by language code, as fields and options carry them beside their default label. */
final class Translations {
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    private Translations() {
    }

    static Map<String, String> copyOf(Map<String, String> labels) {
        Objects.requireNonNull(labels, "labels");
        Map<String, String> checked = new LinkedHashMap<>();
        labels.forEach((language, label) -> checked.put(language(language), Text.singleLine("label", label, 100)));
        return Map.copyOf(checked);
    }

    static Map<String, String> with(Map<String, String> labels, String language, String label) {
        Map<String, String> next = new LinkedHashMap<>(labels);
        next.put(language(language), label);
        return copyOf(next);
    }

    private static String language(String code) {
        if (code == null || !LANGUAGE.matcher(code).matches()) {
            throw new IllegalArgumentException("a label's language is a lower-case ISO 639 code such as 'it': " + code);
        }
        return code;
    }
}
