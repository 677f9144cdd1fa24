package dev.helpdesk.core.domain.policy;

import dev.helpdesk.core.domain.Text;
import dev.helpdesk.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A ticket field: built-in (status, type, priority, impact, product family: single choices) or custom (any type).
 * It turns what a person typed into a {@link FieldValue}, or says precisely why it cannot.
 *
 * @param labels the label in other languages, by language code ({@code "it"}); {@link #label} for the others
 */
public record FieldDefinition(FieldRef ref, String label, FieldType type, List<Option> options,
                              Map<String, String> labels) {
    static final int TEXT_LIMIT = 500;
    static final int LONG_TEXT_LIMIT = 10_000;

    public FieldDefinition {
        Objects.requireNonNull(ref, "ref");
        label = Text.singleLine("label", label, 100);
        Objects.requireNonNull(type, "type");
        options = List.copyOf(options);
        if (type.hasOptions() == options.isEmpty()) {
            throw new IllegalArgumentException("field " + ref + ": choice fields need options, other fields none");
        }
        labels = Translations.copyOf(labels);
    }

    public FieldDefinition(FieldRef ref, String label, FieldType type, List<Option> options) {
        this(ref, label, type, options, Map.of());
    }

    public static FieldDefinition custom(String key, String label, FieldType type, Option... options) {
        return new FieldDefinition(FieldRef.custom(key), label, type, List.of(options));
    }

    /** The same field with its label in one more language, such as {@code withLabel("it", "Sistema operativo")}. */
    public FieldDefinition withLabel(String language, String translated) {
        return new FieldDefinition(ref, label, type, options, Translations.with(labels, language, translated));
    }

    /** The label in this language (a language code such as {@code "it"}), or the default label. */
    public String label(String language) {
        return labels.getOrDefault(language, label);
    }

    /** The label of an option code in this language, or the code itself when the option is gone. */
    public String labelOf(String code, String language) {
        return options.stream().filter(o -> o.code().equals(code)).map(o -> o.label(language)).findFirst()
                .orElse(code);
    }

    /**
     * Reads raw input: one string for most types, any number for a multiple choice. Empty input, or one blank
     * string, means "no value" (empty result). A checkbox reads {@code true}/{@code on}/{@code 1} as checked.
     */
    public Optional<FieldValue> parse(List<String> raw) {
        List<String> values = raw.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (values.isEmpty()) {
            return type == FieldType.CHECKBOX ? Optional.of(new FieldValue.CheckboxValue(false)) : Optional.empty();
        }
        if (type != FieldType.MULTIPLE_CHOICE && values.size() > 1) {
            throw error("single_value", label + " takes one value, not " + values.size());
        }
        String value = values.get(0);
        switch (type) {
            case TEXT:
                return Optional.of(new FieldValue.TextValue(Text.singleLine(ref.name(), value, TEXT_LIMIT)));
            case LONG_TEXT:
                return Optional.of(new FieldValue.TextValue(Text.required(ref.name(), value, LONG_TEXT_LIMIT)));
            case NUMBER:
                return Optional.of(new FieldValue.NumberValue(number(value)));
            case DATE:
                return Optional.of(new FieldValue.DateValue(date(value)));
            case SINGLE_CHOICE:
                return Optional.of(new FieldValue.ChoiceValue(option(value)));
            case MULTIPLE_CHOICE:
                TreeSet<String> codes = new TreeSet<>();
                for (String each : values) {
                    codes.add(option(each));
                }
                return Optional.of(new FieldValue.ChoicesValue(codes));
            case CHECKBOX:
                return Optional.of(new FieldValue.CheckboxValue(checkbox(value)));
            default:
                throw new IllegalStateException("unhandled field type " + type);
        }
    }

    /** Whether a stored value fits this definition (a value written by an older configuration may not). */
    public boolean accepts(FieldValue value) {
        switch (type) {
            case TEXT:
            case LONG_TEXT:
                return value instanceof FieldValue.TextValue;
            case NUMBER:
                return value instanceof FieldValue.NumberValue;
            case DATE:
                return value instanceof FieldValue.DateValue;
            case SINGLE_CHOICE:
                return value instanceof FieldValue.ChoiceValue && hasOption(((FieldValue.ChoiceValue) value).code());
            case MULTIPLE_CHOICE:
                return value instanceof FieldValue.ChoicesValue
                        && ((FieldValue.ChoicesValue) value).codes().stream().allMatch(this::hasOption);
            case CHECKBOX:
                return value instanceof FieldValue.CheckboxValue;
            default:
                return false;
        }
    }

    public boolean hasOption(String code) {
        return options.stream().anyMatch(o -> o.code().equals(code));
    }

    /** The label of an option code, or the code itself when the option is gone. */
    public String labelOf(String code) {
        return options.stream().filter(o -> o.code().equals(code)).map(Option::label).findFirst().orElse(code);
    }

    /** The value as people read it: option labels rather than codes. */
    public String display(FieldValue value) {
        if (value instanceof FieldValue.ChoiceValue) {
            return labelOf(((FieldValue.ChoiceValue) value).code());
        }
        if (value instanceof FieldValue.ChoicesValue) {
            return String.join(", ", ((FieldValue.ChoicesValue) value).codes().stream().map(this::labelOf).toList());
        }
        return value.display();
    }

    public FieldDefinition restrictedTo(List<Option> allowed) {
        return new FieldDefinition(ref, label, type, allowed, labels);
    }

    private BigDecimal number(String value) {
        if (value.length() > 40) {
            throw error("not_a_number", label + " must be a number");
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw error("not_a_number", label + " must be a number, not '" + value + "'");
        }
    }

    private LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error("not_a_date", label + " must be a date written as YYYY-MM-DD, not '" + shorten(value) + "'");
        }
    }

    private String option(String value) {
        if (!hasOption(value)) {
            throw error("not_an_option", label + ": '" + shorten(value) + "' is not one of "
                    + options.stream().map(Option::code).toList());
        }
        return value;
    }

    private boolean checkbox(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "true":
            case "on":
            case "1":
            case "yes":
                return true;
            case "false":
            case "off":
            case "0":
            case "no":
                return false;
            default:
                throw error("not_a_checkbox", label + " must be true or false, not '" + shorten(value) + "'");
        }
    }

    private InvalidInputException error(String rule, String message) {
        return InvalidInputException.of(ref.name(), rule, message);
    }

    private static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
