package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.TestPortal;
import java.net.HttpCookie;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignInPagesTest {
    private static TestPortal portal;

    @BeforeAll
    static void start() {
        portal = TestPortal.start();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aSignedOutVisitorIsSentToTheSignInPageAndBackAfterSigningIn() {
        PortalClient client = portal.client();
        Answer tickets = client.get("/tickets?status=opened");
        assertThat(tickets.status()).isEqualTo(303);
        assertThat(tickets.location()).startsWith("/support/sign-in?next=");

        Answer form = client.get(tickets.location().substring("/support".length()));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.html().select("form input[name=next]").attr("value")).isEqualTo("/support/tickets?status=opened");
        String before = sessionId(client);

        Answer signedIn = client.post("/sign-in", Map.of("email", DemoData.PRIMARY_EMAIL,
                "password", DemoData.PASSWORD, "next", "/support/tickets?status=opened"));
        assertThat(signedIn.status()).isEqualTo(303);
        assertThat(signedIn.location()).isEqualTo("/support/tickets?status=opened");
        assertThat(sessionId(client)).as("a new session id at sign-in").isNotEqualTo(before);
        HttpCookie cookie = client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("hd_session")).findFirst().orElseThrow();
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getPath()).isEqualTo("/support");
        assertThat(signedIn.headers("Set-Cookie")).anyMatch(h -> h.contains("SameSite=Lax"));
    }

    @Test
    void anUnknownAddressAndAWrongPasswordGetTheSameAnswer() {
        PortalClient client = portal.client();
        client.get("/sign-in");
        Answer wrongPassword = client.post("/sign-in", Map.of("email", DemoData.COLLEAGUE_EMAIL, "password", "nope"));
        Answer unknown = client.post("/sign-in", Map.of("email", "nobody@acme.example", "password", "nope"));
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrongPassword.html().select("#sign-in-error").text())
                .isEqualTo(unknown.html().select("#sign-in-error").text()).isNotBlank();
        assertThat(unknown.html().select("#email").attr("value")).as("what was typed is kept")
                .isEqualTo("nobody@acme.example");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        PortalClient client = portal.client();
        client.get("/sign-in");
        Answer answer = client.postRaw("/sign-in", Map.of("email", DemoData.PRIMARY_EMAIL,
                "password", DemoData.PASSWORD));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.html().select(".error-message").text()).contains("expired");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at dev.helpdesk");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        Answer page = portal.client().get("/sign-in");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'self'")
                .contains("frame-ancestors 'self'").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.html().select("script:not([src])")).as("no inline script").isEmpty();
    }

    @Test
    void nextNeverLeadsOutsideThePortal() {
        for (String evil : new String[] {"https://evil.example/", "//evil.example/", "/other-app", "/support\\@evil"}) {
            PortalClient client = portal.client();
            client.get("/sign-in");
            Answer answer = client.post("/sign-in", Map.of("email", DemoData.PRIMARY_EMAIL,
                    "password", DemoData.PASSWORD, "next", evil));
            assertThat(answer.location()).as(evil).isEqualTo("/support/tickets");
        }
    }

    @Test
    void theHostKeepsItsOwnRoutes() {
        PortalClient client = portal.client();
        assertThat(client.get("/../").status()).isIn(200, 400, 404);
    }

    private static String sessionId(PortalClient client) {
        return client.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals("hd_session"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }
}
