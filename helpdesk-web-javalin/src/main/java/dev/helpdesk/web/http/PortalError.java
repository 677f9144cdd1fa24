package dev.helpdesk.web.http;

import java.util.Map;

/**
 * A bad request found by the web layer itself (a missing CSRF token, an unknown id in a path, an oversized
 * upload), with the status it answers and the message key ({@code error.<code>}) people read.
 */
public final class PortalError extends RuntimeException {
    private final int status;
    private final String code;
    private final Map<String, String> arguments;

    public PortalError(int status, String code, Map<String, String> arguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.arguments = Map.copyOf(arguments);
    }

    public PortalError(int status, String code) {
        this(status, code, Map.of());
    }

    public static PortalError notFound() {
        return new PortalError(404, "not_found");
    }

    public static PortalError badParameter(String name) {
        return new PortalError(400, "bad_parameter", Map.of("name", name));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> arguments() {
        return arguments;
    }
}
