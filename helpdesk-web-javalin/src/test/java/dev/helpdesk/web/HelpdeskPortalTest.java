package dev.helpdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.internal.ErrorMapping;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.TestPortal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The plugin as a host sees it: mounted under its prefix, leaving the host alone, failing politely. */
class HelpdeskPortalTest {

    @Test
    void thePortalLivesUnderItsPrefixAndTheHostKeepsItsRoutes() {
        try (TestPortal portal = TestPortal.start()) {
            PortalClient client = portal.client();
            assertThat(client.get("/sign-in").status()).isEqualTo(200);
            assertThat(client.get("/assets/portal.css").header("Content-Type")).startsWith("text/css");
            assertThat(client.get("/assets/../pom.xml").status()).isEqualTo(404);
            Answer page = client.get("/sign-in");
            assertThat(page.html().select("link[rel=stylesheet]").attr("href")).isEqualTo("/support/assets/portal.css");
            assertThat(page.html().select("form").attr("action")).isEqualTo("/support/sign-in");
            String host = portal.baseUrl().replace("/support", "");
            PortalClient atHost = new PortalClient(host);
            assertThat(atHost.get("/").body()).isEqualTo("host home");
            assertThat(atHost.get("/").header("Content-Security-Policy")).as("host pages untouched").isNull();
            assertThat(atHost.get("/sign-in").status()).as("nothing outside the prefix").isEqualTo(404);
        }
    }

    @Test
    void framesAreAllowedOnlyWhereTheHostSays() {
        try (TestPortal portal = TestPortal.start(c -> c.frameAncestors = "'self' https://app.example.com")) {
            assertThat(portal.client().get("/sign-in").header("Content-Security-Policy"))
                    .contains("frame-ancestors 'self' https://app.example.com");
        }
    }

    @Test
    void behindHttpsThePortalCookiesAreSecure() {
        try (TestPortal portal = TestPortal.start(c -> c.secureCookies = true)) {
            assertThat(portal.client().get("/sign-in").headers("Set-Cookie"))
                    .anySatisfy(cookie -> assertThat(cookie).startsWith("hd_csrf=").contains("Secure")
                            .contains("HttpOnly").contains("SameSite=Lax").contains("Path=/support"));
        }
        try (TestPortal portal = TestPortal.start()) {
            PortalClient client = portal.client();
            client.get("/sign-in");
            assertThat(client.post("/sign-in", Map.of("email", DemoData.PRIMARY_EMAIL,
                    "password", DemoData.PASSWORD)).headers("Set-Cookie"))
                    .anySatisfy(cookie -> assertThat(cookie).startsWith("hd_session=").doesNotContain("Secure")
                            .contains("HttpOnly").contains("SameSite=Lax").contains("Path=/support"));
        }
    }

    @Test
    void aFormBeyondTheRequestLimitIsA413WithAMessage() {
        try (TestPortal portal = TestPortal.start(c -> c.maxRequestBytes = 2_000)) {
            PortalClient client = portal.client();
            client.get("/sign-in");
            Answer answer = client.postMultipart("/sign-in", Map.of("email", "x@y.z"),
                    List.of(new PortalClient.Upload("file", "big.bin", "application/octet-stream", new byte[10_000])));
            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.html().select(".error-message").text()).contains("too large");
        }
    }

    @Test
    void anUnexpectedFailureShowsAReferenceThatTheLogHoldsWithTheDetails() {
        Logger logger = (Logger) LoggerFactory.getLogger(ErrorMapping.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try (TestPortal portal = TestPortal.start(c -> c.identity = request -> {
            throw new IllegalStateException("the host's session store is down");
        })) {
            Answer answer = portal.client().get("/sign-in");
            assertThat(answer.status()).isEqualTo(500);
            String reference = answer.html().select(".reference").text().replaceAll(".*: ", "");
            assertThat(reference).matches("[0-9a-f]{12}");
            assertThat(answer.body()).doesNotContain("IllegalStateException").doesNotContain("session store");
            assertThat(log.list).anySatisfy(event -> {
                assertThat(event.getFormattedMessage()).contains(reference);
                assertThat(event.getThrowableProxy().getMessage()).isEqualTo("the host's session store is down");
            });
        } finally {
            logger.detachAppender(log);
        }
    }
}
