package dev.helpdesk.core.error;

import java.util.List;
import java.util.Map;

/** Absent, or not visible to the caller: the two are never told apart. */
public final class NotFoundException extends HelpdeskException {
    public NotFoundException(String code, String message) {
        this(code, message, Map.of());
    }

    public NotFoundException(String code, String message, Map<String, String> arguments) {
        super(code, message, arguments, List.of());
    }
}
