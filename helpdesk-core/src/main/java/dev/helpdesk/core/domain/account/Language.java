package dev.helpdesk.core.domain.account;

import dev.helpdesk.core.error.InvalidInputException;
import java.util.Locale;
import java.util.Optional;

/** The languages the portal speaks (seed 001): English, French, German, Spanish and Italian. */
public enum Language {
    EN("en"),
    FR("fr"),
    DE("de"),
    ES("es"),
    IT("it");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, such as {@code fr}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * The language with this code, whatever its case.
     *
     * @throws InvalidInputException naming {@code field} (rule {@code not_supported}) for any other code
     */
    public static Language of(String field, String code) {
        if (code != null) {
            for (Language language : values()) {
                if (language.code.equalsIgnoreCase(code.strip())) {
                    return language;
                }
            }
        }
        throw InvalidInputException.of(field, "not_supported",
                field + " must be one of en, fr, de, es, it");
    }

    /** The supported language of a locale ({@code fr_CH} is French), if it is one. */
    public static Optional<Language> of(Locale locale) {
        for (Language language : values()) {
            if (language.code.equals(locale.getLanguage())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
