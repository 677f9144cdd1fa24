package dev.helpdesk.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void anAddressIsKeptTrimmedAndInLowerCase() {
        assertThat(EmailAddress.of("  Martha.Jones@ACME.Example ").value()).isEqualTo("martha.jones@acme.example");
    }

    @Test
    void addressesTypedDifferentlyAreEqual() {
        assertThat(EmailAddress.of("Sam@Support.example")).isEqualTo(EmailAddress.of("sam@support.EXAMPLE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "no-domain@", "@no-local.example", "two@@at.example", "a@b@c.example",
            "no-dot@localhost", "space in@acme.example", "line\nbreak@acme.example", "dot-at-end@acme.", "a@.example"})
    void somethingThatIsNotAnAddressIsInvalidNamingEmail(String text) {
        assertThatThrownBy(() -> EmailAddress.of(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::rule).containsExactly(tuple("email", "email_format")));
    }

    @Test
    void aMissingAddressIsInvalidNamingEmail() {
        assertThatThrownBy(() -> EmailAddress.of(null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theLocalPartAndTheWholeAddressHaveLengthLimits() {
        assertThat(EmailAddress.of("a".repeat(64) + "@acme.example")).isNotNull();
        assertThatThrownBy(() -> EmailAddress.of("a".repeat(65) + "@acme.example")).isInstanceOf(InvalidInputException.class);
        String domain = "d".repeat(240) + ".example";
        assertThat(EmailAddress.of("a@" + domain).value()).hasSize(250);
        assertThatThrownBy(() -> EmailAddress.of("abcdef@" + domain)).as("255 characters")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theErrorMessageShowsTheInputOnOneShortLine() {
        assertThatThrownBy(() -> EmailAddress.of("x".repeat(80) + "\r\nBcc: victim@acme.example"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage())
                        .doesNotContain("\n").doesNotContain("\r").doesNotContain("victim"));
    }
}
