package dev.helpdesk.web.internal;

import dev.helpdesk.core.domain.ticket.Attachment;
import dev.helpdesk.core.service.AttachmentDownload;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a stored file as a download, never as a page of the portal: {@code Content-Disposition: attachment},
 * the type sniffed at upload, {@code nosniff}, and a CSP that sandboxes it should a browser render it anyway.
 */
final class Downloads {
    private Downloads() {
    }

    static void send(Context ctx, AttachmentDownload download) {
        Attachment file = download.attachment();
        ctx.header("Content-Disposition", "attachment; filename=\"" + asciiName(file.fileName())
                + "\"; filename*=UTF-8''" + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.header("Cache-Control", "private, no-store");
        ctx.header("Content-Length", String.valueOf(file.size()));
        ctx.contentType(file.contentType().isBlank() ? "application/octet-stream" : file.contentType());
        ctx.result(download.content());
    }

    /** The name for old clients: printable ASCII without quotes or backslashes. */
    static String asciiName(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return out.toString();
    }
}
