package dev.helpdesk.examples.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One browser of the portal, held by the cookie wrk then sends with every request: signed in through the sign-in
 * form ({@code hd_session}), or signed out (only the signed CSRF cookie {@code hd_csrf}: no server state).
 */
final class PortalVisitor {
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\">");
    private static final String SESSION = "hd_session";
    private static final String ANONYMOUS = "hd_csrf";
    /** A ticket link of the list: a path under /tickets/, not the new-ticket form. */
    private static final Pattern TICKET_LINK = Pattern.compile("href=\"(/support/tickets/(?!new\\b)[^\"?#/]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String origin;
    private final String cookie;

    private PortalVisitor(String origin, String cookie) {
        this.origin = origin;
        this.cookie = cookie;
    }

    /** A signed-out visitor who has seen the sign-in page once. */
    static PortalVisitor anonymous(String origin) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(origin + "/support/sign-in")).GET());
        return new PortalVisitor(origin, cookie(page, ANONYMOUS));
    }

    /** Signs in through the form, as a browser does: the page gives the CSRF token, the POST a new session. */
    static PortalVisitor signIn(String origin, String email, String password) {
        PortalVisitor visitor = anonymous(origin);
        HttpResponse<String> form = visitor.get("/support/sign-in");
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the sign-in page");
        }
        String body = "_csrf=" + encode(csrf.group(1)) + "&email=" + encode(email) + "&password=" + encode(password);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(URI.create(origin + "/support/sign-in"))
                .header("Cookie", visitor.cookie()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        if (signedIn.statusCode() != 303) {
            throw new IllegalStateException("signing in as " + email + " answered " + signedIn.statusCode());
        }
        return new PortalVisitor(origin, cookie(signedIn, SESSION));
    }

    /** The visitor whose session cookie is {@code cookie} ({@code hd_session=…}). */
    static PortalVisitor withCookie(String origin, String cookie) {
        return new PortalVisitor(origin, cookie);
    }

    /** The header value wrk sends: {@code hd_session=…}, or {@code hd_csrf=…} signed out. */
    String cookie() {
        return cookie;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).header("Cookie", cookie()).GET());
    }

    /** The first ticket the page links to, such as {@code /support/tickets/HD-10}. */
    Optional<String> firstTicketLink(String listPath) {
        Matcher link = TICKET_LINK.matcher(get(listPath).body());
        return link.find() ? Optional.of(link.group(1)) : Optional.empty();
    }

    /** The first {@code count} distinct tickets the page links to. */
    List<String> ticketLinks(String listPath, int count) {
        Matcher link = TICKET_LINK.matcher(get(listPath).body());
        List<String> links = new ArrayList<>();
        while (links.size() < count && link.find()) {
            if (!links.contains(link.group(1))) {
                links.add(link.group(1));
            }
        }
        return links;
    }

    static int status(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET()).statusCode();
    }

    private static String cookie(HttpResponse<String> response, String name) {
        Pattern pair = Pattern.compile("^" + name + "=([^;]+)");
        return response.headers().allValues("Set-Cookie").stream().map(pair::matcher).filter(Matcher::find)
                .map(m -> name + "=" + m.group(1)).reduce((first, last) -> last)
                .orElseThrow(() -> new IllegalStateException("the portal set no " + name + " cookie"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
