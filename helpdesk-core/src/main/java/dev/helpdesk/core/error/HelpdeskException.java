package dev.helpdesk.core.error;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A domain failure: an answer to the caller, not a crash. Each subclass maps to one HTTP status in the web
 * adapter. {@link #code()} is stable for translation; {@link #arguments()} fill the translated text.
 */
public abstract sealed class HelpdeskException extends RuntimeException
        permits InvalidInputException, AuthenticationFailedException, AccessDeniedException,
                NotFoundException, ConflictException, RateLimitedException {

    private final String code;
    private final Map<String, String> arguments;
    private final List<FieldError> fieldErrors;

    HelpdeskException(String code, String message, Map<String, String> arguments, List<FieldError> fieldErrors) {
        super(Objects.requireNonNull(message, "message"));
        this.code = Objects.requireNonNull(code, "code");
        this.arguments = Map.copyOf(arguments);
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** A stable code such as {@code ticket.closed}. */
    public String code() {
        return code;
    }

    /** Values for the translated message, by name. */
    public Map<String, String> arguments() {
        return arguments;
    }

    /** The fields at fault; empty when the error is not about fields. */
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
