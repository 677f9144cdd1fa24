package dev.helpdesk.web.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A browser-like HTTP client for the HTTP-level tests: it keeps cookies, does not follow redirects (so tests see
 * them), reads the CSRF token from the last page, and parses pages with jsoup.
 */
public final class PortalClient {
    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrf = "";
    private String acceptLanguage = "en";
    private String forwardedFor;

    public PortalClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public PortalClient acceptLanguage(String header) {
        this.acceptLanguage = header;
        return this;
    }

    /** Sends requests as if from this address (X-Forwarded-For, which the test portal trusts as a proxy's). */
    public PortalClient from(String address) {
        this.forwardedFor = address;
        return this;
    }

    public CookieManager cookies() {
        return cookies;
    }

    /** The CSRF token of the last page read. */
    public String csrf() {
        return csrf;
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** GET, following redirects inside the portal. */
    public Answer open(String path) {
        Answer answer = get(path);
        for (int i = 0; i < 5 && answer.isRedirect(); i++) {
            answer = get(answer.location().substring(answer.location().indexOf("/support") + "/support".length()));
        }
        return answer;
    }

    /** POSTs a form with the current CSRF token. */
    public Answer post(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", csrf);
        all.putAll(fields);
        return postRaw(path, all);
    }

    /** POSTs exactly these fields (no CSRF token is added). */
    public Answer postRaw(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** POSTs a form with fields repeated as given (e.g. several statuses), with the CSRF token. */
    public Answer postList(String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>();
        all.add(Map.entry("_csrf", csrf));
        all.addAll(fields);
        StringBuilder body = new StringBuilder();
        all.forEach(e -> body.append(body.length() == 0 ? "" : "&").append(enc(e.getKey())).append('=')
                .append(enc(e.getValue())));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A file for {@link #postMultipart}. */
    public record Upload(String field, String fileName, String type, byte[] bytes) {
    }

    /** POSTs a multipart form with the CSRF token, fields and files. */
    public Answer postMultipart(String path, Map<String, String> fields, List<Upload> files) {
        String boundary = "----portal" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> all = new LinkedHashMap<>();
        all.put("_csrf", csrf);
        all.putAll(fields);
        try {
            for (Map.Entry<String, String> field : all.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            for (Upload file : files) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field()
                        + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.type() + "\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(file.bytes());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** Signs in through the form and checks it worked. */
    public PortalClient signIn(String email, String password) {
        get("/sign-in");
        Answer answer = post("/sign-in", Map.of("email", email, "password", password));
        if (answer.status() != 303) {
            throw new AssertionError("sign-in failed: " + answer.status() + "\n" + answer.body());
        }
        get("/tickets");
        return this;
    }

    private Answer send(HttpRequest.Builder request) {
        request.header("Accept-Language", acceptLanguage);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Answer answer = new Answer(response);
            if (answer.isHtml()) {
                String token = answer.html().select("meta[name=csrf-token]").attr("content");
                if (!token.isEmpty()) {
                    csrf = token;
                }
            }
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One response. */
    public static final class Answer {
        private final HttpResponse<byte[]> response;
        private Document document;

        Answer(HttpResponse<byte[]> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public List<String> headers(String name) {
            return response.headers().allValues(name);
        }

        public byte[] bytes() {
            return response.body();
        }

        public String body() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public boolean isRedirect() {
            return status() >= 300 && status() < 400;
        }

        public String location() {
            return header("Location");
        }

        public boolean isHtml() {
            String type = header("Content-Type");
            return type != null && type.startsWith("text/html");
        }

        public Document html() {
            if (document == null) {
                document = Jsoup.parse(body());
            }
            return document;
        }

        @Override
        public String toString() {
            return status() + " " + body();
        }
    }
}
