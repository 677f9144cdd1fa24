package dev.helpdesk.core.error;

import java.util.List;
import java.util.Map;

/** A stale version, a duplicate, or a transition the current state does not allow. */
public final class ConflictException extends HelpdeskException {
    public ConflictException(String code, String message) {
        this(code, message, Map.of());
    }

    public ConflictException(String code, String message, Map<String, String> arguments) {
        super(code, message, arguments, List.of());
    }
}
