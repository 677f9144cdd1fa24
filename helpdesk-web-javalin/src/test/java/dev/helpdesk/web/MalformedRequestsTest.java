package dev.helpdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.ticket.Attachment;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.TicketView.MessageView;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.RawHttp;
import dev.helpdesk.web.support.TestPortal;
import java.net.HttpCookie;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The malformed requests that got a 500 (or Javalin's bare 404) each get the right 4xx, with the portal's translated
 * page and security headers: signed in with a valid CSRF token, so nothing but the malformation is wrong, and signed
 * out, where the body used to break the CSRF check itself.
 */
class MalformedRequestsTest {
    private static final String MULTIPART = "multipart/form-data; boundary=xyz";
    private static final Caller PAOLA = Caller.contact(DemoData.PRIMARY);
    private static TestPortal portal;
    private static RawHttp raw;
    private static Map<String, String> signedIn;
    private static TicketId ticket;

    @BeforeAll
    static void start() {
        portal = TestPortal.start();
        raw = new RawHttp(portal.baseUrl());
        PortalClient client = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        signedIn = new LinkedHashMap<>();
        for (HttpCookie cookie : client.cookies().getCookieStore().getCookies()) {
            signedIn.put("Cookie", cookie.getName() + "=" + cookie.getValue());
        }
        signedIn.put("X-CSRF-Token", client.csrf());
        ticket = portal.helpdesk().tickets().list(PAOLA, ListTickets.firstPage()).items().stream()
                .filter(row -> !row.status().orElseThrow().code().equals("closed")).findFirst().orElseThrow().id();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aMultipartBodyThatIsNotMultipartIs400() {
        for (Map<String, String> who : new Map[] {Map.of(), signedIn}) {
            assertPortalPage(post(reply(), who, MULTIPART, "hello world"), 400,
                    "This request could not be read");
            assertPortalPage(post("/tickets", who, "multipart/form-data", "hello"), 400,
                    "This request could not be read");
        }
    }

    @Test
    void anUnknownCharsetIs415() {
        for (Map<String, String> who : new Map[] {Map.of(), signedIn}) {
            assertPortalPage(post("/sign-in", who, "application/x-www-form-urlencoded; charset=bogus", "a=b"), 415,
                    "Form not understood");
            assertPortalPage(post("/tickets", who, MULTIPART + "; charset=bogus",
                    "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--xyz--\r\n"), 415,
                    "Form not understood");
        }
    }

    @Test
    void aNulOrControlCharacterInAnUploadedFileNameIs400() {
        assertPortalPage(post(reply(), signedIn, MULTIPART, upload("a\u0000b.txt")), 400,
                "This request could not be read");
        assertPortalPage(post(reply(), signedIn, MULTIPART, upload("a\u0001b.txt")), 400,
                "This request could not be read");
    }

    @Test
    void aFieldBeyondTheFormLimitIsAClientErrorNotA500() {
        String body = "--xyz\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\n" + "x".repeat(1_100_000)
                + "\r\n--xyz--\r\n";
        assertThat(post(reply(), signedIn, MULTIPART, body).status()).isBetween(400, 413);
        RawHttp.Answer urlencoded = post("/sign-in", signedIn, "application/x-www-form-urlencoded",
                "a=" + "x".repeat(1_100_000));
        assertThat(urlencoded.status()).isBetween(400, 413);
        assertThat(urlencoded.header("Content-Security-Policy")).isNotNull();
    }

    @Test
    void aBodyBeyondTheRequestLimitIs413() {
        try (TestPortal small = TestPortal.start(config -> config.maxRequestBytes = 1_000)) {
            RawHttp.Answer answer = new RawHttp(small.baseUrl()).send("POST", "/support/sign-in",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"),
                    ("a=" + "x".repeat(2_000)).getBytes(StandardCharsets.UTF_8));
            assertPortalPage(answer, 413, "Too large to send");
        }
    }

    @Test
    void bidiAndZeroWidthCharactersInAFileNameAreStrippedAndTheReplyIsSent() {
        // control characters never get this far: Jetty refuses them in a part's header (400, above)
        RawHttp.Answer answer = post(reply(), signedIn, MULTIPART, upload("re\u200Bport\u202E.txt\u2069"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(303);
        List<MessageView> messages = portal.helpdesk().tickets().get(PAOLA, ticket).messages();
        assertThat(messages.stream().flatMap(message -> message.attachments().stream()).map(Attachment::fileName))
                .contains("report.txt");
    }

    @Test
    void anUnknownPathUnderThePrefixGetsThePortalsTranslated404() {
        RawHttp.Answer answer = raw.send("GET", "/support/nowhere", Map.of("Accept-Language", "fr"), new byte[0]);
        Document page = assertPortalPage(answer, 404, "Page introuvable");
        assertThat(page.select("html").attr("lang")).isEqualTo("fr");
        assertThat(page.select(".error-links a").eachAttr("href")).containsExactly("/support/sign-in");

        for (String odd : new String[] {"/support/../support/tickets", "/support/%2e%2e/x", "/support/a%2Fb/c"}) {
            assertPortalPage(raw.send("GET", odd, Map.of(), new byte[0]), 404, "Page not found");
        }
    }

    @Test
    void aSignedInVisitorsErrorPageLinksToTheirTicketsAndTheKnowledgeBase() {
        Document page = assertPortalPage(raw.send("GET", "/support/tickets/1/nowhere", signedIn, new byte[0]), 404,
                "Page not found");
        assertThat(page.select(".error-links a").eachAttr("href")).containsExactly("/support/tickets", "/support/kb");
    }

    @Test
    void anUnknownPathAsksForJsonGetsJson() {
        RawHttp.Answer answer = raw.send("GET", "/support/nowhere", Map.of("Accept", "application/json"),
                new byte[0]);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body()).contains("\"code\":\"not_found\"");
        assertThat(answer.header("Content-Security-Policy")).isNotNull();
    }

    @Test
    void aWrongMethodOnAKnownPathIs405WithAllow() {
        RawHttp.Answer answer = raw.send("DELETE", "/support/sign-in", Map.of(), new byte[0]);
        assertPortalPage(answer, 405, "Not possible here");
        assertThat(answer.header("Allow")).isEqualTo("GET, HEAD, POST");
        // before the CSRF check: a POST to a page that only shows is 405, not "this form expired"
        assertThat(post("/kb", Map.of(), "application/x-www-form-urlencoded", "a=b").status()).isEqualTo(405);
    }

    @Test
    void pathsOutsideThePrefixStayTheHosts() {
        RawHttp.Answer answer = raw.send("GET", "/elsewhere", Map.of(), new byte[0]);
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Security-Policy")).isNull();
        assertThat(raw.send("GET", "/", Map.of(), new byte[0]).body()).isEqualTo("host home");
    }

    @Test
    void aBrokenQueryStringIs400NotA500() {
        RawHttp.Answer answer = raw.send("GET", "/support/tickets?status=%zz&page=%", signedIn, new byte[0]);
        assertThat(answer.status()).isBetween(200, 499);
        assertThat(answer.header("Content-Security-Policy")).isNotNull();
    }

    @Test
    void anExpiredFormHasItsOwnTitle() {
        assertPortalPage(post("/sign-in", Map.of(), "application/x-www-form-urlencoded", "email=a&password=b"), 403,
                "This form expired");
    }

    private static String reply() {
        return "/tickets/" + ticket.value() + "/reply";
    }

    private static RawHttp.Answer post(String path, Map<String, String> who, String type, String body) {
        Map<String, String> headers = new LinkedHashMap<>(who);
        headers.put("Content-Type", type);
        return raw.send("POST", "/support" + path, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String upload(String fileName) {
        return "--xyz\r\nContent-Disposition: form-data; name=\"body\"\r\n\r\nSee the file.\r\n--xyz\r\n"
                + "Content-Disposition: form-data; name=\"attachments\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\nabc\r\n--xyz--\r\n";
    }

    private static Document assertPortalPage(RawHttp.Answer answer, int status, String title) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Security-Policy")).startsWith("default-src 'self'");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("h1").text()).isEqualTo(title);
        assertThat(page.select("link[rel=stylesheet]")).as("the portal's layout").isNotEmpty();
        return page;
    }
}
