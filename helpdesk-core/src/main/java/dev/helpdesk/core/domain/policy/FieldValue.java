package dev.helpdesk.core.domain.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** A validated field value. Closed set: one record per {@link FieldType} family. */
public sealed interface FieldValue {

    /** The value as one string, as forms and exports show it (choices joined by ", "). */
    String display();

    record TextValue(String text) implements FieldValue {
        public TextValue {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String display() {
            return text;
        }
    }

    record NumberValue(BigDecimal number) implements FieldValue {
        public NumberValue {
            Objects.requireNonNull(number, "number");
            number = number.stripTrailingZeros();
        }

        @Override
        public String display() {
            return number.toPlainString();
        }
    }

    record DateValue(LocalDate date) implements FieldValue {
        public DateValue {
            Objects.requireNonNull(date, "date");
        }

        @Override
        public String display() {
            return date.toString();
        }
    }

    record ChoiceValue(String code) implements FieldValue {
        public ChoiceValue {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public String display() {
            return code;
        }
    }

    record ChoicesValue(SortedSet<String> codes) implements FieldValue {
        public ChoicesValue {
            codes = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(codes));
        }

        @Override
        public String display() {
            return String.join(", ", codes);
        }
    }

    record CheckboxValue(boolean checked) implements FieldValue {
        @Override
        public String display() {
            return Boolean.toString(checked);
        }
    }
}
