package dev.helpdesk.web.internal;

import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.HelpdeskException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.web.i18n.Translator;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Statuses whose error page has a title of its own ({@code error.title.<status>}); others are "4xx". */
    private static final Set<Integer> TITLED = Set.of(400, 401, 403, 404, 405, 409, 413, 415, 429);

    /** The status of a domain error. */
    public static int status(HelpdeskException error) {
        return status(error.getClass());
    }

    /**
     * The status of each kind of domain error. Every subclass of the sealed {@link HelpdeskException} is named: a
     * new one fails here (and in the test over its permitted subclasses) until it is given its status.
     */
    static int status(Class<? extends HelpdeskException> type) {
        if (InvalidInputException.class.isAssignableFrom(type)) {
            return 400;
        } else if (AuthenticationFailedException.class.isAssignableFrom(type)) {
            return 401;
        } else if (AccessDeniedException.class.isAssignableFrom(type)) {
            return 403;
        } else if (NotFoundException.class.isAssignableFrom(type)) {
            return 404;
        } else if (ConflictException.class.isAssignableFrom(type)) {
            return 409;
        } else if (RateLimitedException.class.isAssignableFrom(type)) {
            return 429;
        }
        throw new IllegalStateException("no HTTP status for the domain error " + type.getName());
    }

    /** What went wrong, for people: status, message, and the fields at fault. */
    public record Answer(int status, String code, String message, Map<String, String> fields, String reference) {
    }

    Answer answer(Throwable failure, Translator t, String request) {
        if (failure instanceof HelpdeskException error) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (FieldError field : error.fieldErrors()) {
                fields.putIfAbsent(field.field(), t.field(field));
            }
            // A not-found never says more than "not found": no id, no title of someone else's ticket.
            String message = error instanceof NotFoundException ? t.t("error.not_found") : t.error(error);
            LOG.debug("{} answered {} {}", request, status(error), error.code());
            return new Answer(status(error), error.code(), message, fields, "");
        }
        PortalError refused = failure instanceof PortalError error ? error
                : RequestBody.refusal(failure).orElse(null);
        if (refused != null) {
            // the client's mistake: one line, no trace
            LOG.warn("{} refused: {} {}", request, refused.status(), refused.code());
            return new Answer(refused.status(), refused.code(),
                    t.named("error." + refused.code(), refused.arguments(), refused.code()), Map.of(), "");
        }
        String reference = HexFormat.of().formatHex(randomBytes());
        LOG.error("{} failed, reference {}", request, reference, failure);
        return new Answer(500, "internal", t.t("error.internal", reference), Map.of(), reference);
    }

    void send(PortalRequest request, Throwable failure) {
        Context ctx = request.ctx();
        Answer answer = answer(failure, request.t(), "Portal request " + ctx.method() + " " + loggable(ctx.path()));
        if (failure instanceof RateLimitedException limited) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, limited.retryAfter().toSeconds())));
        }
        if (failure instanceof PortalError error && error.arguments().containsKey("allow")) {
            ctx.header("Allow", error.arguments().get("allow"));
        }
        ctx.status(answer.status());
        if (wantsJson(request)) {
            request.json(answer);
            return;
        }
        Frame frame = request.frame(Nav.NONE, titleKey(answer));
        request.render(answer.status(), "error.jte", frame, Map.of("answer", answer));
    }

    /** A specific title where there is one: "This form expired", "Page not found", "Too many requests". */
    static String titleKey(Answer answer) {
        if (answer.code().equals("csrf")) {
            return "error.title.csrf";
        }
        if (answer.status() >= 500) {
            return "error.title.500";
        }
        return TITLED.contains(answer.status()) ? "error.title." + answer.status() : "error.title.4xx";
    }

    /** A path as sent may hold anything: cut, and without line breaks or other control characters, for the log. */
    private static String loggable(String path) {
        String shown = path.length() > 200 ? path.substring(0, 200) + "…" : path;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    private static boolean wantsJson(PortalRequest request) {
        String path = request.ctx().path();
        String accept = request.ctx().header("Accept");
        return path.startsWith(request.url("/api/")) || (accept != null && accept.startsWith("application/json"));
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
