package dev.helpdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MailConfigTest {

    @Test
    void aPlainConfigurationIsKeptAsGiven() {
        MailConfig config = new MailConfig("smtp.example.com", 587, "support@example.com");

        assertThat(config.smtpHost()).isEqualTo("smtp.example.com");
        assertThat(config.smtpPort()).isEqualTo(587);
        assertThat(config.fromAddress()).isEqualTo("support@example.com");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 25, 65_535})
    void portsInRangeAreAccepted(int port) {
        assertThat(new MailConfig("localhost", port, "a@b").smtpPort()).isEqualTo(port);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65_536})
    void portsOutOfRangeAreRejected(int port) {
        assertThatThrownBy(() -> new MailConfig("localhost", port, "a@b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("smtpPort")
                .hasMessageContaining(String.valueOf(port));
    }

    @ParameterizedTest
    @ValueSource(strings = {"support.example.com", "a@b@example.com", "@example.com", "support@"})
    void fromAddressNeedsExactlyOneAtBetweenLocalPartAndDomain(String from) {
        assertThatThrownBy(() -> new MailConfig("localhost", 25, from))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fromAddress");
    }

    @ParameterizedTest
    @ValueSource(strings = {"support@example.com\r\nBcc: all@example.com", "support@example.com\n", "\rsupport@example.com"})
    void lineBreaksInTheFromAddressAreRejected(String from) {
        assertThatThrownBy(() -> new MailConfig("localhost", 25, from))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fromAddress must not contain a line break");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "smtp example.com"})
    void blankOrSpacedHostIsRejected(String host) {
        assertThatThrownBy(() -> new MailConfig(host, 25, "a@b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("smtpHost");
    }
}
