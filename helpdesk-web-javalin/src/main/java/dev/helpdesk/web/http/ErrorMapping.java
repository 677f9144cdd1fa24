package dev.helpdesk.web.http;

import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.HelpdeskException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.web.i18n.Translator;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become answers: each domain error and web error gets its status and a
 * translated message; anything else is a 500 page with a reference id that the log holds with the details.
 * People never see a stack trace.
 */
public final class ErrorMapping {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The status of a domain error. */
    public static int status(HelpdeskException error) {
        if (error instanceof InvalidInputException) {
            return 400;
        } else if (error instanceof AuthenticationFailedException) {
            return 401;
        } else if (error instanceof AccessDeniedException) {
            return 403;
        } else if (error instanceof NotFoundException) {
            return 404;
        } else if (error instanceof ConflictException) {
            return 409;
        } else if (error instanceof RateLimitedException) {
            return 429;
        }
        return 400;
    }

    /** What went wrong, for people: status, message, and the fields at fault. */
    public record Answer(int status, String code, String message, Map<String, String> fields, String reference) {
    }

    Answer answer(Throwable failure, Translator t) {
        if (failure instanceof HelpdeskException error) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (FieldError field : error.fieldErrors()) {
                fields.putIfAbsent(field.field(), t.field(field));
            }
            // A not-found never says more than "not found": no id, no title of someone else's ticket.
            String message = error instanceof NotFoundException ? t.t("error.not_found") : t.error(error);
            return new Answer(status(error), error.code(), message, fields, "");
        }
        if (failure instanceof PortalError error) {
            return new Answer(error.status(), error.code(),
                    t.named("error." + error.code(), error.arguments(), error.code()), Map.of(), "");
        }
        if (tooLarge(failure)) {
            return new Answer(413, "upload_too_large", t.t("error.upload_too_large"), Map.of(), "");
        }
        String reference = HexFormat.of().formatHex(randomBytes());
        LOG.error("Portal request failed, reference {}", reference, failure);
        return new Answer(500, "internal", t.t("error.internal", reference), Map.of(), reference);
    }

    void send(PortalRequest request, Throwable failure) {
        Answer answer = answer(failure, request.t());
        if (failure instanceof RateLimitedException limited) {
            request.ctx().header("Retry-After", String.valueOf(Math.max(1, limited.retryAfter().toSeconds())));
        }
        request.ctx().status(answer.status());
        if (wantsJson(request)) {
            request.json(answer);
            return;
        }
        Frame frame = request.frame(Nav.NONE, "error.title." + (answer.status() >= 500 ? "500" : "4xx"));
        request.render(answer.status(), "error.jte", frame, Map.of("answer", answer));
    }

    private static boolean wantsJson(PortalRequest request) {
        String path = request.ctx().path();
        String accept = request.ctx().header("Accept");
        return path.startsWith(request.url("/api/")) || (accept != null && accept.startsWith("application/json"));
    }

    /** Jetty's refusal of a request beyond the multipart limits. */
    private static boolean tooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("exceeded") || message.contains("too large")
                    || message.contains("413"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The fields at fault of an invalid form, translated, for showing next to each field. */
    public static Map<String, String> fieldMessages(InvalidInputException error, Translator t) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError field : error.fieldErrors()) {
            fields.putIfAbsent(field.field(), t.field(field));
        }
        return fields;
    }

    static List<String> keysOf(Map<String, String> fields) {
        return List.copyOf(fields.keySet());
    }
}
