package dev.helpdesk.web.internal;

import java.util.Map;

/**
 * A bad request found by the web layer itself (a missing CSRF token, an unknown id in a path, an oversized
 * upload, a body that cannot be read), with the status it answers and the message key ({@code error.<code>}) people
 * read. It is the client's mistake: logged as one WARN line, never as a 500.
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

    /** A body that cannot be read as the form it claims to be (broken multipart, bad encoding). */
    public static PortalError badRequest() {
        return new PortalError(400, "bad_request");
    }

    /** A body in a character set the portal does not know. */
    public static PortalError badCharset() {
        return new PortalError(415, "bad_charset");
    }

    /** A body beyond the portal's or the server's size limit. */
    public static PortalError tooLarge() {
        return new PortalError(413, "too_large");
    }

    /** A method the path does not answer, with the methods it does ({@code Allow}). */
    public static PortalError methodNotAllowed(String allowed) {
        return new PortalError(405, "method_not_allowed", Map.of("allow", allowed));
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
