package dev.helpdesk.examples.portal;

import org.owasp.encoder.Encode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * GET {@code /dev/mail}: the demo's sent e-mails, newest first. A page of the host app, not of the portal: a real
 * deployment has no such page, its mail goes out by SMTP. Everything shown is escaped; the only style is one
 * block the CSP allows by its hash, and there is no script at all.
 *
 * <p>It answers only requests from this machine (the loopback interface), since reset and welcome codes land
 * here: with {@code --host 0.0.0.0} the portal is reachable from other machines, this page is not (404).
 */
final class SentMailPage implements Handler {
    private static final String STYLE = "body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;"
            + "padding:0 1rem;color:#1f2933}.demo{background:#fff4ce;border:1px solid #e0b400;padding:.75rem 1rem;"
            + "border-radius:6px}article{border:1px solid #d5dbe1;border-radius:6px;margin:1rem 0;padding:.5rem 1rem}"
            + "h2{font-size:1.05rem;margin:.25rem 0}dl{display:grid;grid-template-columns:max-content 1fr;"
            + "gap:0 1rem;margin:0;color:#52606d}dd{margin:0}pre{white-space:pre-wrap;background:#f5f7fa;"
            + "padding:.75rem;border-radius:4px}";
    private static final String CSP = "default-src 'none'; style-src 'sha256-" + sha256(STYLE)
            + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final SentMailbox mailbox;
    private final String portalPath;

    SentMailPage(SentMailbox mailbox, String portalPath) {
        this.mailbox = mailbox;
        this.portalPath = portalPath;
    }

    @Override
    public void handle(Context ctx) {
        // the socket's peer, not X-Forwarded-For: a header anybody can send proves nothing
        if (!fromThisMachine(ctx.req().getRemoteAddr())) {
            throw new NotFoundResponse();
        }
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
        ctx.html(render());
    }

    /** Whether a remote address, as the server reports it (an IP literal), is a loopback one. */
    static boolean fromThisMachine(String remoteAddress) {
        if (remoteAddress == null) {
            return false;
        }
        String literal = remoteAddress.startsWith("[") && remoteAddress.endsWith("]")
                ? remoteAddress.substring(1, remoteAddress.length() - 1) : remoteAddress;
        // only IP literals are parsed: anything else could make getByName ask DNS
        if (!literal.contains(":") && !IPV4.matcher(literal).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    String render() {
        StringBuilder html = new StringBuilder(4096).append("<!doctype html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Sent mail (demo)</title><style>").append(STYLE).append("</style></head><body>"
                + "<h1>Sent mail (demo)</h1><p class=\"demo\" role=\"note\"><strong>Demo page.</strong> The e-mails "
                + "the standalone portal would have sent, the last " + SentMailbox.CAPACITY + " in memory, newest "
                + "first; mail about the demo data itself was never sent. A real deployment delivers them by SMTP "
                + "with the mail adapter and has no such page. <a href=\"")
                .append(Encode.forHtml(portalPath)).append("\">Back to the portal</a></p>");
        var mails = mailbox.mails();
        if (mails.isEmpty()) {
            html.append("<p id=\"no-mail\">No mail yet. Ask for a password reset on the sign-in page, or reply to "
                    + "a ticket, then reload this page.</p>");
        }
        for (SentMail mail : mails) {
            html.append("<article class=\"mail\"><h2>").append(Encode.forHtml(mail.subject())).append("</h2><dl>")
                    .append("<dt>To</dt><dd class=\"to\">").append(Encode.forHtml(mail.to())).append("</dd>")
                    .append("<dt>Sent</dt><dd>").append(TIME.format(mail.sentAt())).append("</dd>")
                    .append("<dt>Event</dt><dd>").append(Encode.forHtml(mail.event())).append("</dd></dl>")
                    .append("<pre class=\"body\">").append(Encode.forHtml(mail.body())).append("</pre></article>");
        }
        return html.append("</body></html>").toString();
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
