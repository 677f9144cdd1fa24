package dev.helpdesk.mail;

import java.util.Objects;

/**
 * How the mail adapter sends notifications: the SMTP server and the sender address.
 *
 * <pre>{@code
 * new MailConfig("smtp.example.com", 587, "support@example.com");
 * }</pre>
 *
 * @param smtpHost    host name or address of the SMTP server, not blank, no whitespace
 * @param smtpPort    TCP port of the SMTP server, 1..65535
 * @param fromAddress sender of outgoing mail: exactly one {@code @} with text on both sides, and no CR or LF
 *                    (which would let a value inject extra mail headers)
 */
public record MailConfig(String smtpHost, int smtpPort, String fromAddress) {

    /**
     * Validates the configuration.
     *
     * @throws NullPointerException     if {@code smtpHost} or {@code fromAddress} is null
     * @throws IllegalArgumentException if a component is out of range or malformed
     */
    public MailConfig {
        Objects.requireNonNull(smtpHost, "smtpHost");
        Objects.requireNonNull(fromAddress, "fromAddress");
        if (smtpHost.isBlank() || smtpHost.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("smtpHost must be a host name without whitespace but was '"
                    + smtpHost.strip() + "'");
        }
        if (smtpPort < 1 || smtpPort > 65_535) {
            throw new IllegalArgumentException("smtpPort must be between 1 and 65535 but was " + smtpPort);
        }
        if (fromAddress.indexOf('\r') >= 0 || fromAddress.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("fromAddress must not contain a line break");
        }
        int at = fromAddress.indexOf('@');
        if (at < 0 || at != fromAddress.lastIndexOf('@')) {
            throw new IllegalArgumentException(
                    "fromAddress must contain exactly one '@' but was '" + fromAddress + "'");
        }
        if (at == 0 || at == fromAddress.length() - 1) {
            throw new IllegalArgumentException(
                    "fromAddress needs a local part and a domain around '@' but was '" + fromAddress + "'");
        }
    }
}
