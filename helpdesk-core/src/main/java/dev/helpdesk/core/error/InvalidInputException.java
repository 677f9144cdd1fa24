package dev.helpdesk.core.error;

import java.util.List;
import java.util.Map;

/** Values the caller sent were rejected; {@link #fieldErrors()} names each field and rule. */
public final class InvalidInputException extends HelpdeskException {

    public InvalidInputException(List<FieldError> errors) {
        super("input.invalid", AccessDeniedException.joined(requireSome(errors)), Map.of(), errors);
    }

    public InvalidInputException(String code, String message, Map<String, String> arguments) {
        super(code, message, arguments, List.of());
    }

    /** One field, one rule. */
    public static InvalidInputException of(String field, String rule, String message) {
        return new InvalidInputException(List.of(new FieldError(field, rule, message)));
    }

    private static List<FieldError> requireSome(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one field error");
        }
        return errors;
    }
}
