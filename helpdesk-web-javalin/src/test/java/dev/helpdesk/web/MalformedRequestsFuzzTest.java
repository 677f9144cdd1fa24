package dev.helpdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.RawHttp;
import dev.helpdesk.web.support.TestPortal;
import java.io.ByteArrayOutputStream;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A few thousand generated requests, sent over a raw socket to a really running portal, with methods, paths under
 * the prefix, headers (content types and charsets, cookies, CSRF tokens) and bodies (forms, multipart with odd file
 * names and sizes, garbage) a browser would never send: none may get a 5xx, and every one that reaches the portal
 * carries its security headers. The seed is printed with every failure; run again with {@code -Dfuzz.seed=N}.
 *
 * <p>Requests Jetty refuses before any route runs (a request line or header it cannot parse, an encoded NUL in a
 * path) are the host's server's answers, not the portal's: they are sent too, but only checked for "no 5xx".
 */
class MalformedRequestsFuzzTest {
    private static final int REQUESTS = 2_000;
    private static final String P = TestPortal.PREFIX;
    private static final List<String> ROUTES = List.of("", "/", "/sign-in", "/password/forgot", "/password/reset",
            "/welcome", "/assets/{x}", "/kb", "/kb/sections/{x}", "/kb/articles/{x}", "/kb/articles/{x}/files/{x}",
            "/kb/articles/{x}/vote", "/kb/search", "/profile", "/profile/password", "/tickets", "/tickets/new",
            "/tickets/new/{x}", "/tickets/new/{x}/{x}", "/tickets/{x}", "/tickets/{x}/reply", "/tickets/{x}/fields",
            "/tickets/{x}/resolve", "/tickets/{x}/rating", "/tickets/{x}/secrets", "/tickets/{x}/attachments/{x}",
            "/api/kb/suggest", "/api/tickets/similar", "/api/preview", "/settings", "/language", "/nowhere",
            "/{x}", "/{x}/{x}/{x}");
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "POST", "POST", "POST", "HEAD", "PUT",
            "DELETE", "PATCH", "OPTIONS");
    private static final List<String> FIELDS = List.of("_csrf", "body", "attachments", "subject", "email",
            "password", "language", "category", "q", "page", "status", "sort", "score", "comment", "current", "next",
            "code", "secret",
            "custom.operating_system", "files", "captcha");

    private static TestPortal portal;
    private static String session;
    private static String csrf;

    @BeforeAll
    static void start() {
        portal = TestPortal.start();
        PortalClient client = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        for (HttpCookie cookie : client.cookies().getCookieStore().getCookies()) {
            if (cookie.getName().equals("hd_session")) {
                session = cookie.getValue();
            }
        }
        csrf = client.csrf();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    /** One generated request, and whether it is well-formed enough for Jetty to hand it to a route. */
    private record Request(String method, String target, Map<String, String> headers, byte[] body,
            boolean reachesPortal) {
        String describe() {
            String shownBody = new String(body, 0, Math.min(body.length, 300), StandardCharsets.ISO_8859_1);
            return method + " " + (target.length() > 300 ? target.substring(0, 300) + "…" : target) + "\n"
                    + headers + "\n" + body.length + " bytes: " + shownBody.replaceAll("[^\\x20-\\x7e]", "?");
        }
    }

    @Test
    void noGeneratedRequestGetsA5xxAndEveryAnswerOfThePortalCarriesItsHeaders() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        Random random = new Random(seed);
        RawHttp raw = new RawHttp(portal.baseUrl());
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < REQUESTS; i++) {
            Request request = generate(random);
            RawHttp.Answer answer = raw.send(request.method(), request.target(), request.headers(), request.body());
            statuses.merge(answer.status(), 1, Integer::sum);
            String context = "request " + i + " of seed " + seed + " (rerun with -Dfuzz.seed=" + seed + "):\n"
                    + request.describe() + "\nanswered " + answer.status() + " " + answer.headers();
            assertThat(answer.status()).as(context).isBetween(200, 499);
            if (request.reachesPortal()) {
                assertThat(answer.header("Content-Security-Policy")).as(context).startsWith("default-src 'self'");
                assertThat(answer.header("X-Content-Type-Options")).as(context).isEqualTo("nosniff");
            }
        }
        System.out.println("MalformedRequestsFuzzTest seed " + seed + ": statuses " + statuses + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        assertThat(statuses.keySet()).as("the generator reaches the pages, not only their refusals")
                .contains(200, 400, 403, 404, 405);
    }

    private static Request generate(Random random) {
        String method = pick(random, METHODS);
        boolean[] valid = {true};
        String target = P + path(random, valid) + query(random);
        Map<String, String> headers = new LinkedHashMap<>();
        cookies(random, headers);
        if (random.nextInt(3) > 0) {
            headers.put("Accept", pick(random, List.of("text/html", "application/json", "*/*", "image/png",
                    "application/json, text/html;q=0.1")));
        }
        if (random.nextInt(4) == 0) {
            headers.put("Accept-Language", pick(random, List.of("fr", "de-CH,de;q=0.9", "*", "xx-YY;q=abc",
                    ",,;q=", "it;q=0.5,es;q=2", "zh-Hant-TW")));
        }
        String token = random.nextInt(3) == 0 ? junk(random, 40) : csrf;
        if (random.nextInt(3) == 0) {
            headers.put("X-CSRF-Token", printable(token));
        }
        byte[] body = new byte[0];
        if (!method.equals("GET") && !method.equals("HEAD") || random.nextInt(10) == 0) {
            body = body(random, headers, token);
        }
        if (random.nextInt(40) == 0) {
            // a header Jetty itself refuses: the server's answer, not the portal's
            headers.put("X-Odd", "a\u0001b");
            valid[0] = false;
        }
        return new Request(method, target, headers, body, valid[0]);
    }

    private static String path(Random random, boolean[] valid) {
        String route = pick(random, ROUTES);
        StringBuilder path = new StringBuilder();
        for (String part : route.split("(?=\\{x\\})|(?<=\\{x\\})")) {
            path.append(part.equals("{x}") ? segment(random, valid) : part);
        }
        if (random.nextInt(8) == 0) {
            String suffix = pick(random, List.of("/", "//", "/.", "/..", "/%2e%2e/x", "/..%2F..%2Fetc",
                    ";jsessionid=1", "/%C3%A9t%C3%A9", "/%F0%9F%98%80"));
            valid[0] &= !suffix.contains("..") && !suffix.contains("%2e");
            // "/support;x" is not under "/support/": Javalin's own 404, as for any path the host has not
            valid[0] &= !(suffix.startsWith(";") && path.length() == 0);
            path.append(suffix);
        }
        return path.toString();
    }

    private static String segment(Random random, boolean[] valid) {
        switch (random.nextInt(12)) {
            case 0:
                return String.valueOf(random.nextInt(10));
            case 1:
                return String.valueOf(random.nextLong());
            case 2:
                return "HD-" + random.nextInt(100);
            case 3:
                valid[0] = false; // may climb out of the prefix: then it is the host's path, or Jetty's 400
                return "..";
            case 4:
                return "a%2Fb";
            case 5:
                return "x".repeat(1 + random.nextInt(1_500));
            case 6:
                String text = junk(random, 30);
                if (text.chars().anyMatch(c -> c < 0x20)) {
                    valid[0] = false; // encoded, still a control character in a path
                }
                return encode(text);
            case 7:
                valid[0] = false; // Jetty refuses an encoded control character in a path
                return "%0" + random.nextInt(10);
            case 8:
                valid[0] = false; // and a broken percent-encoding
                return "%zz";
            case 9:
                return "portal.css";
            case 10:
                return "%E2%80%AEexe.txt";
            default:
                return pick(random, List.of("billing", "technical", "acme", "getting-started", "1", "-1", "0x10"));
        }
    }

    private static String query(Random random) {
        if (random.nextInt(3) > 0) {
            return "";
        }
        StringBuilder query = new StringBuilder("?");
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            query.append(i == 0 ? "" : "&").append(pick(random, FIELDS)).append('=')
                    .append(random.nextBoolean() ? encode(junk(random, 20)) : pick(random, List.of("1", "-5",
                            "999999999999", "status", "%", "%C3%28", "", "open,closed", "%00")));
        }
        return query.toString();
    }

    private static void cookies(Random random, Map<String, String> headers) {
        List<String> cookies = new ArrayList<>();
        switch (random.nextInt(4)) {
            case 0:
                cookies.add("hd_session=" + session);
                break;
            case 1:
                cookies.add("hd_session=" + printable(junk(random, 30)));
                break;
            default:
                break;
        }
        if (random.nextInt(5) == 0) {
            cookies.add("hd_tz=" + pick(random, List.of("Europe/Rome", "../../etc", "x".repeat(100), "UTC+99", "")));
        }
        if (!cookies.isEmpty()) {
            headers.put("Cookie", String.join("; ", cookies));
        }
    }

    private static byte[] body(Random random, Map<String, String> headers, String token) {
        switch (random.nextInt(6)) {
            case 0:
            case 1:
                headers.put("Content-Type", "application/x-www-form-urlencoded" + charset(random));
                return form(random, token).getBytes(StandardCharsets.ISO_8859_1);
            case 2:
            case 3:
                String boundary = "b" + random.nextInt(1_000_000);
                headers.put("Content-Type", pick(random, List.of("multipart/form-data; boundary=" + boundary,
                        "multipart/form-data; boundary=" + boundary, "multipart/form-data",
                        "multipart/form-data; boundary=" + boundary + "; charset=bogus",
                        "multipart/form-data; boundary=other")));
                return multipart(random, boundary, token);
            case 4:
                headers.put("Content-Type", pick(random, List.of("application/json", "text/plain",
                        "application/octet-stream", "application/x-www-form-urlencoded; charset=\"", "garbage",
                        "multipart/mixed; boundary=x", "application/x-www-form-urlencoded;charset=latin1")));
                return junkBytes(random, random.nextInt(2_000));
            default:
                return junkBytes(random, random.nextInt(200));
        }
    }

    private static String charset(Random random) {
        return pick(random, List.of("", "", "; charset=utf-8", "; charset=bogus", "; charset=ISO-8859-1",
                "; charset=\"\"", "; charset=utf-16"));
    }

    private static String form(Random random, String token) {
        StringBuilder form = new StringBuilder();
        if (random.nextInt(4) > 0) {
            form.append("_csrf=").append(encode(token));
        }
        int count = random.nextInt(6);
        for (int i = 0; i < count; i++) {
            form.append('&').append(pick(random, FIELDS)).append('=');
            switch (random.nextInt(5)) {
                case 0:
                    form.append("%zz%").append(junk(random, 5).replace('&', 'x'));
                    break;
                case 1:
                    form.append("y".repeat(random.nextInt(40) == 0 ? 1_100_000 : random.nextInt(2_000)));
                    break;
                case 2:
                    form.append("%C3%28%FF%00");
                    break;
                default:
                    form.append(encode(junk(random, 50)));
                    break;
            }
        }
        return form.toString();
    }

    private static byte[] multipart(Random random, String boundary, String token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (random.nextInt(5) == 0) {
            out.writeBytes(junkBytes(random, 500)); // not multipart at all
            return out.toByteArray();
        }
        if (random.nextInt(4) > 0) {
            part(out, boundary, "_csrf", null, token.getBytes(StandardCharsets.UTF_8));
        }
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            String field = pick(random, FIELDS);
            if (random.nextBoolean()) {
                byte[] value = random.nextInt(40) == 0 ? "z".repeat(1_000_000 + random.nextInt(200_000))
                        .getBytes(StandardCharsets.UTF_8) : junk(random, 100).getBytes(StandardCharsets.UTF_8);
                part(out, boundary, field, null, value);
            } else {
                part(out, boundary, "attachments", fileName(random), junkBytes(random, random.nextInt(60) == 0
                        ? 2_000_000 : random.nextInt(5_000)));
            }
        }
        if (random.nextInt(6) > 0) {
            out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        return out.toByteArray();
    }

    private static String fileName(Random random) {
        return pick(random, List.of("report.pdf", "a\u0000b.txt", "ctl\u0001\u0007.txt", "inv\u202Egpj.exe",
                "../../etc/passwd", "C:\\Users\\x\\y.docx", "", " ", ".", "n".repeat(1_000) + ".png",
                "caf\u00e9\u0301.txt", "\u200B\u2066.pdf\u2069", "setup.exe. .", "quote\".txt", "new\r\nline.txt",
                junk(random, 40)));
    }

    private static void part(ByteArrayOutputStream out, String boundary, String name, String fileName,
            byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String junk(Random random, int max) {
        int length = random.nextInt(max + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(6);
            text.appendCodePoint(kind == 0 ? random.nextInt(0x20) : kind == 1 ? 0x80 + random.nextInt(0x2000)
                    : kind == 2 ? pick(random, List.of(0x202E, 0x2066, 0x200B, 0xFEFF, 0x1F600, 0x301, (int) '%',
                    (int) '&', (int) '=', (int) '"', (int) '\\', (int) '/', (int) ';')) : 0x20 + random.nextInt(0x5F));
        }
        return text.toString();
    }

    private static byte[] junkBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** A header value Jetty will parse: printable ASCII only. */
    private static String printable(String text) {
        return text.replaceAll("[^\\x21-\\x7e]", "_");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
