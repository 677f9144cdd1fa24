package dev.helpdesk.core.error;

import java.util.List;
import java.util.Map;

/** The caller may see the thing but not do this to it, such as changing a view-only field. */
public final class AccessDeniedException extends HelpdeskException {
    public AccessDeniedException(String code, String message) {
        this(code, message, Map.of(), List.of());
    }

    public AccessDeniedException(String code, String message, Map<String, String> arguments, List<FieldError> fieldErrors) {
        super(code, message, arguments, fieldErrors);
    }

    public static AccessDeniedException forFields(List<FieldError> errors) {
        return new AccessDeniedException("field.not_editable", joined(errors), Map.of(), errors);
    }

    static String joined(List<FieldError> errors) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (text.length() > 0) {
                text.append("; ");
            }
            text.append(error.message());
        }
        return text.toString();
    }
}
