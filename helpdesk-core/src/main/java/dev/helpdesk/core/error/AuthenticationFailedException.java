package dev.helpdesk.core.error;

import java.util.List;
import java.util.Map;

/** Bad credentials or an expired or used code. */
public final class AuthenticationFailedException extends HelpdeskException {
    public AuthenticationFailedException(String code, String message) {
        this(code, message, Map.of());
    }

    public AuthenticationFailedException(String code, String message, Map<String, String> arguments) {
        super(code, message, arguments, List.of());
    }
}
