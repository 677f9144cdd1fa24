package dev.helpdesk.core.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How each field type reads what a person typed. */
class FieldDefinitionTest {
    private static final FieldDefinition TEXT = FieldDefinition.custom("serial", "Serial", FieldType.TEXT);
    private static final FieldDefinition LONG_TEXT = FieldDefinition.custom("steps", "Steps", FieldType.LONG_TEXT);
    private static final FieldDefinition NUMBER = FieldDefinition.custom("seats", "Seats", FieldType.NUMBER);
    private static final FieldDefinition DATE = FieldDefinition.custom("due", "Due", FieldType.DATE);
    private static final FieldDefinition SINGLE = FieldDefinition.custom("os", "OS", FieldType.SINGLE_CHOICE,
            Option.of("linux", "Linux"), Option.of("windows", "Windows"));
    private static final FieldDefinition MULTIPLE = FieldDefinition.custom("browsers", "Browsers", FieldType.MULTIPLE_CHOICE,
            Option.of("firefox", "Firefox"), Option.of("chrome", "Chrome"), Option.of("safari", "Safari"));
    private static final FieldDefinition CHECKBOX = FieldDefinition.custom("urgent", "Urgent", FieldType.CHECKBOX);

    @Test
    void textIsTrimmedAndMustStayOnOneLine() {
        assertThat(parse(TEXT, "  SN-123 ")).contains(new FieldValue.TextValue("SN-123"));
        assertInvalid(TEXT, "custom.serial", "single_line", "one\ntwo");
        assertInvalid(TEXT, "custom.serial", "too_long", "x".repeat(501));
        assertThat(parse(TEXT, "x".repeat(500))).isPresent();
    }

    @Test
    void longTextKeepsItsLineBreaks() {
        assertThat(parse(LONG_TEXT, "1. open\n2. click\n")).contains(new FieldValue.TextValue("1. open\n2. click"));
        assertInvalid(LONG_TEXT, "custom.steps", "too_long", "y".repeat(10_001));
    }

    @Test
    void aNumberTakesAPointOrACommaAndLosesTrailingZeros() {
        assertThat(parse(NUMBER, "12")).contains(new FieldValue.NumberValue(new BigDecimal("12")));
        assertThat(parse(NUMBER, "3,50")).contains(new FieldValue.NumberValue(new BigDecimal("3.5")));
        assertThat(parse(NUMBER, "-0.25").orElseThrow().display()).isEqualTo("-0.25");
        assertThat(parse(NUMBER, "1.500").orElseThrow().display()).isEqualTo("1.5");
        assertInvalid(NUMBER, "custom.seats", "not_a_number", "twelve");
        assertInvalid(NUMBER, "custom.seats", "not_a_number", "1.2.3");
        assertInvalid(NUMBER, "custom.seats", "not_a_number", "1".repeat(41));
    }

    @Test
    void aDateIsWrittenYearMonthDayAndMustExist() {
        assertThat(parse(DATE, "2026-02-28")).contains(new FieldValue.DateValue(LocalDate.of(2026, 2, 28)));
        assertInvalid(DATE, "custom.due", "not_a_date", "2026-02-30");
        assertInvalid(DATE, "custom.due", "not_a_date", "28/02/2026");
        assertInvalid(DATE, "custom.due", "not_a_date", "next week");
    }

    @Test
    void aSingleChoiceTakesOneOptionCodeExactly() {
        assertThat(parse(SINGLE, "linux")).contains(new FieldValue.ChoiceValue("linux"));
        assertInvalid(SINGLE, "custom.os", "not_an_option", "Linux");
        assertInvalid(SINGLE, "custom.os", "not_an_option", "beos");
        assertInvalid(SINGLE, "custom.os", "single_value", "linux", "windows");
    }

    @Test
    void aMultipleChoiceTakesAnyOptionCodesOnceEach() {
        assertThat(parse(MULTIPLE, "safari", "firefox", "safari"))
                .contains(new FieldValue.ChoicesValue(new TreeSet<>(List.of("firefox", "safari"))));
        assertThat(parse(MULTIPLE, "chrome", "firefox").orElseThrow().display()).isEqualTo("chrome, firefox");
        assertThat(MULTIPLE.display(parse(MULTIPLE, "chrome", "firefox").orElseThrow())).isEqualTo("Chrome, Firefox");
        assertInvalid(MULTIPLE, "custom.browsers", "not_an_option", "firefox", "lynx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "on", "1", "yes", "TRUE", "On", "Yes"})
    void aCheckboxReadsCheckedWords(String word) {
        assertThat(parse(CHECKBOX, word)).contains(new FieldValue.CheckboxValue(true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "off", "0", "no", "FALSE", "Off"})
    void aCheckboxReadsUncheckedWords(String word) {
        assertThat(parse(CHECKBOX, word)).contains(new FieldValue.CheckboxValue(false));
    }

    @Test
    void anEmptyCheckboxIsUncheckedAndAnythingElseIsInvalid() {
        assertThat(CHECKBOX.parse(List.of())).contains(new FieldValue.CheckboxValue(false));
        assertInvalid(CHECKBOX, "custom.urgent", "not_a_checkbox", "maybe");
    }

    @Test
    void blankInputIsNoValueForEveryOtherType() {
        for (FieldDefinition definition : List.of(TEXT, LONG_TEXT, NUMBER, DATE, SINGLE, MULTIPLE)) {
            assertThat(definition.parse(List.of())).as("%s with nothing", definition.type()).isEmpty();
            assertThat(definition.parse(Arrays.asList("  ", null, ""))).as("%s with blanks", definition.type()).isEmpty();
        }
    }

    @Test
    void choiceFieldsNeedOptionsAndOtherFieldsNone() {
        assertThatThrownBy(() -> FieldDefinition.custom("os", "OS", FieldType.SINGLE_CHOICE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldDefinition.custom("n", "N", FieldType.NUMBER, Option.of("a", "A")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoredValueFitsOnlyADefinitionOfItsType() {
        assertThat(SINGLE.accepts(new FieldValue.ChoiceValue("linux"))).isTrue();
        assertThat(SINGLE.accepts(new FieldValue.ChoiceValue("beos"))).isFalse();
        assertThat(NUMBER.accepts(new FieldValue.TextValue("12"))).isFalse();
        assertThat(MULTIPLE.accepts(new FieldValue.ChoicesValue(new TreeSet<>(List.of("chrome", "lynx"))))).isFalse();
    }

    private static Optional<FieldValue> parse(FieldDefinition definition, String... raw) {
        return definition.parse(List.of(raw));
    }

    private static void assertInvalid(FieldDefinition definition, String field, String rule, String... raw) {
        assertThatThrownBy(() -> definition.parse(List.of(raw)))
                .as("%s reading %s", definition.type(), List.of(raw))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::rule).containsExactly(tuple(field, rule)));
    }

    @Test
    void aFieldAndItsOptionsCarryLabelsPerLanguageWithTheDefaultForTheOthers() {
        FieldDefinition os = FieldDefinition.custom("os", "Operating system", FieldType.SINGLE_CHOICE,
                Option.of("linux", "Linux"), Option.of("other", "Other").withLabel("it", "Altro"))
                .withLabel("it", "Sistema operativo").withLabel("de", "Betriebssystem");

        assertThat(os.label("it")).isEqualTo("Sistema operativo");
        assertThat(os.label("de")).isEqualTo("Betriebssystem");
        assertThat(os.label("fr")).as("no French label: the default").isEqualTo("Operating system");
        assertThat(os.labelOf("other", "it")).isEqualTo("Altro");
        assertThat(os.labelOf("linux", "it")).isEqualTo("Linux");
        assertThat(os.labelOf("gone", "it")).isEqualTo("gone");
        assertThat(os.restrictedTo(List.of(Option.of("linux", "Linux"))).label("it"))
                .as("restricting the options keeps the labels").isEqualTo("Sistema operativo");
        assertThat(os.parse(List.of("other"))).isPresent();
    }

    @Test
    void aLabelsLanguageIsALowerCaseCodeAndTheLabelOneLine() {
        FieldDefinition field = FieldDefinition.custom("serial", "Serial", FieldType.TEXT);
        assertThatThrownBy(() -> field.withLabel("IT", "Seriale")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> field.withLabel("italian", "Seriale")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> field.withLabel("it", "two\nlines")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Option.of("a", "A").withLabel(null, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
