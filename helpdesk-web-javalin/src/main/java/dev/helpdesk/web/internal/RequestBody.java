package dev.helpdesk.web.internal;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.Charset;
import java.util.Optional;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.MimeTypes;

/**
 * Reads a form's body once, before anything else looks at it (the CSRF check reads a field of it), so that a body
 * the client broke is answered as the client's mistake: a charset nobody knows is 415, a body beyond the limit 413,
 * anything Jetty or Javalin refuse to parse (a multipart body that is not one, a NUL in a part's header) the status
 * they say, with the portal's page.
 */
final class RequestBody {
    private RequestBody() {
    }

    static void read(Context ctx, Uploads uploads, long maxRequestBytes) {
        // from the raw header, with Jetty's own parser: Jetty's getContentType() itself throws on an unknown charset
        String charset = MimeTypes.getCharsetFromContentType(ctx.header("Content-Type"));
        if (charset != null) {
            try {
                Charset.forName(charset);
            } catch (IllegalArgumentException unknown) { // IllegalCharsetName- and UnsupportedCharsetException
                throw PortalError.badCharset();
            }
        }
        uploads.prepare(ctx);
        if (ctx.req().getContentLengthLong() > maxRequestBytes) {
            throw PortalError.tooLarge();
        }
        try {
            ctx.formParamMap();
        } catch (Exception failure) { // Javalin rethrows the servlet API's checked exceptions undeclared
            Optional<PortalError> refused = refusal(failure);
            if (refused.isPresent()) {
                throw refused.get();
            }
            throw failure instanceof RuntimeException runtime ? runtime : new IllegalStateException(failure);
        }
    }

    /**
     * What the server's own parsers said about a request (Jetty's {@link HttpException}, Javalin's
     * {@link HttpResponseException}, found by type in the causes) as the portal's answer, when it is the client's
     * mistake (4xx); empty for anything else, which is a real failure.
     */
    static Optional<PortalError> refusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof HttpResponseException javalin) {
                return refusal(javalin.getStatus());
            }
            if (cause instanceof HttpException jetty) {
                return refusal(jetty.getCode());
            }
        }
        return Optional.empty();
    }

    private static Optional<PortalError> refusal(int status) {
        if (status == 413) {
            return Optional.of(PortalError.tooLarge());
        }
        if (status == 415) {
            return Optional.of(PortalError.badCharset());
        }
        if (status == 404) {
            return Optional.of(PortalError.notFound());
        }
        return status >= 400 && status < 500 ? Optional.of(PortalError.badRequest()) : Optional.empty();
    }
}
