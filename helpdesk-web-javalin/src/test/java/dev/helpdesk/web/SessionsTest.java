package dev.helpdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.PortalSettingsChange;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.AdvancingClock;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.TestPortal;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sessions kept in storage behind a short cache: no state for anonymous visitors (signed double-submit CSRF, the
 * language in a cookie), a new password ends every other session and renews the current one, sign-out ends the
 * stored session, and sessions end when idle and at their absolute lifetime, on the helpdesk's clock.
 */
class SessionsTest {

    @Test
    void aFloodOfAnonymousPagesStoresNoSessionAndASignedInOneStillWorks() throws Exception {
        InMemoryStorage storage = new InMemoryStorage();
        try (TestPortal portal = TestPortal.start(builder -> builder.storage(storage), config -> { })) {
            PortalClient signedIn = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
            HttpClient anonymous = HttpClient.newHttpClient();
            for (int i = 0; i < 5_000; i++) {
                HttpResponse<Void> page = anonymous.send(HttpRequest.newBuilder(
                        URI.create(portal.baseUrl() + "/sign-in")).GET().build(), HttpResponse.BodyHandlers.discarding());
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.headers().allValues("Set-Cookie")).as("no session for a visitor")
                        .noneMatch(cookie -> cookie.startsWith("hd_session="));
            }
            assertThat(signedIn.get("/tickets").status()).as("the signed-in cookie still works").isEqualTo(200);
            assertThat(storage.sessions().deleteExpired(Instant.now().plus(Duration.ofDays(3650))))
                    .as("the one signed-in session is all that is stored").isEqualTo(1);
        }
    }

    @Test
    void anonymousFormsNeedTheSignedTokenOfTheirCookie() {
        try (TestPortal portal = TestPortal.start()) {
            PortalClient visitor = portal.client();
            Answer form = visitor.get("/sign-in");
            assertThat(form.headers("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("hd_csrf=")
                    .contains("HttpOnly").contains("SameSite=Lax").contains("Path=/support"));
            assertThat(cookie(visitor, "hd_csrf")).isEqualTo(visitor.csrf());
            assertThat(visitor.get("/password/forgot").headers("Set-Cookie")).as("the same token while it is good")
                    .noneMatch(c -> c.startsWith("hd_csrf="));

            PortalClient forger = portal.client();
            forger.cookies().getCookieStore().add(URI.create(portal.baseUrl()), supportCookie("hd_csrf", "made.up"));
            assertThat(forger.postRaw("/sign-in", Map.of("_csrf", "made.up", "email", DemoData.PRIMARY_EMAIL,
                    "password", DemoData.PASSWORD)).status()).as("a token this portal did not sign").isEqualTo(403);

            PortalClient other = portal.client();
            other.get("/sign-in");
            assertThat(other.postRaw("/sign-in", Map.of("_csrf", visitor.csrf(), "email", DemoData.PRIMARY_EMAIL,
                    "password", DemoData.PASSWORD)).status()).as("another browser's token").isEqualTo(403);

            assertThat(visitor.post("/sign-in", Map.of("email", DemoData.PRIMARY_EMAIL,
                    "password", DemoData.PASSWORD)).status()).isEqualTo(303);
        }
    }

    @Test
    void theLanguageChosenSignedOutIsACookieAndOutlivesSigningInAndOut() {
        try (TestPortal portal = TestPortal.start()) {
            PortalClient visitor = portal.client();
            visitor.get("/sign-in");
            Answer chosen = visitor.post("/language", Map.of("language", "de"));
            assertThat(chosen.status()).isEqualTo(303);
            assertThat(chosen.headers("Set-Cookie")).anyMatch(c -> c.startsWith("hd_lang=de"))
                    .noneMatch(c -> c.startsWith("hd_session="));
            assertThat(visitor.get("/sign-in").html().select("html").attr("lang")).isEqualTo("de");

            visitor.signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
            assertThat(visitor.get("/tickets").html().select("html").attr("lang")).isEqualTo("de");
            visitor.post("/sign-out", Map.of());
            assertThat(visitor.get("/sign-in").html().select("html").attr("lang")).isEqualTo("de");
        }
    }

    @Test
    void signingOutEndsTheStoredSession() {
        try (TestPortal portal = TestPortal.start()) {
            PortalClient browser = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
            String id = cookie(browser, "hd_session");
            assertThat(browser.post("/sign-out", Map.of()).status()).isEqualTo(303);
            assertThat(withSession(portal, id).get("/tickets").status()).as("the old cookie, replayed")
                    .isEqualTo(303);
        }
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsAndRenewsTheCurrentOne() {
        try (TestPortal portal = TestPortal.start()) {
            PortalClient laptop = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
            PortalClient phone = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
            PortalClient colleague = portal.client().signIn(DemoData.COLLEAGUE_EMAIL, DemoData.PASSWORD);
            String before = cookie(laptop, "hd_session");
            String csrfBefore = laptop.get("/profile").html().select("meta[name=csrf-token]").attr("content");

            Answer changed = laptop.post("/profile/password", Map.of("currentPassword", DemoData.PASSWORD,
                    "newPassword", "a brand new password", "repeatPassword", "a brand new password"));

            assertThat(changed.status()).isEqualTo(303);
            assertThat(cookie(laptop, "hd_session")).as("a new id for the browser that changed it")
                    .isNotBlank().isNotEqualTo(before);
            Answer profile = laptop.get("/profile");
            assertThat(profile.status()).as("it goes on, signed in").isEqualTo(200);
            assertThat(profile.html().select("meta[name=csrf-token]").attr("content")).as("with a new CSRF token")
                    .isNotEqualTo(csrfBefore);
            assertThat(profile.html().text()).contains("Your password is changed.");
            assertThat(phone.get("/tickets").status()).as("the other browser is signed out").isEqualTo(303);
            assertThat(withSession(portal, before).get("/tickets").status()).as("the old id is worthless")
                    .isEqualTo(303);
            assertThat(colleague.get("/tickets").status()).as("another person stays signed in").isEqualTo(200);
        }
    }

    @Test
    void aPasswordResetEndsEverySessionAndSignsInAnew() {
        try (TestPortal portal = TestPortal.start()) {
            PortalClient phone = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
            String code = portal.helpdesk().accounts().issueResetCode(DemoData.PRIMARY).code();
            PortalClient laptop = portal.client();
            laptop.get("/password/reset");
            Answer reset = laptop.post("/password/reset", Map.of("email", DemoData.PRIMARY_EMAIL, "code", code,
                    "newPassword", "a brand new password", "repeatPassword", "a brand new password"));
            assertThat(reset.status()).isEqualTo(303);
            assertThat(laptop.get("/tickets").status()).isEqualTo(200);
            assertThat(phone.get("/tickets").status()).as("the session from before the reset").isEqualTo(303);
        }
    }

    @Test
    void aSessionEndsWhenIdleAndAtItsAbsoluteLifetimeHoweverActive() {
        AdvancingClock clock = new AdvancingClock();
        try (TestPortal portal = TestPortal.start(builder -> builder.clock(clock), config -> {
            config.sessionIdle = Duration.ofHours(2);
            config.sessionLifetime = Duration.ofHours(12);
        })) {
            PortalClient busy = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
            for (int step = 1; step <= 6; step++) {
                clock.skip(Duration.ofMinutes(110));
                assertThat(busy.get("/tickets").status()).as("used every 110 minutes, after %d steps", step)
                        .isEqualTo(200);
            }
            clock.skip(Duration.ofMinutes(110));
            assertThat(busy.get("/tickets").status()).as("12 h 50 min after sign-in").isEqualTo(303);

            PortalClient idle = portal.client().signIn(DemoData.COLLEAGUE_EMAIL, DemoData.PASSWORD);
            clock.skip(Duration.ofMinutes(119));
            assertThat(idle.get("/tickets").status()).as("idle for 119 minutes").isEqualTo(200);
            clock.skip(Duration.ofMinutes(121));
            assertThat(idle.get("/tickets").status()).as("idle for 121 minutes").isEqualTo(303);
        }
    }

    @Test
    void theCookiesAreSecureWhenForcedOrWhenTheBaseUrlIsHttps() {
        try (TestPortal portal = TestPortal.start()) {
            assertThat(portal.client().get("/sign-in").headers("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).startsWith("hd_csrf=").doesNotContain("Secure"));
        }
        try (TestPortal portal = TestPortal.start(config -> config.secureCookies = true)) {
            assertThat(portal.client().get("/sign-in").headers("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).startsWith("hd_csrf=").contains("Secure"));
        }
        try (TestPortal portal = TestPortal.start()) {
            Helpdesk helpdesk = portal.helpdesk();
            Caller admin = Caller.agent(DemoData.AGENT);
            var settings = helpdesk.portalSettings().get();
            helpdesk.portalSettings().update(admin, new PortalSettingsChange("https://help.example.com",
                    settings.welcomeTexts(), settings.customerTicketTypes(), settings.version()));
            assertThat(portal.client().get("/sign-in").headers("Set-Cookie"))
                    .anySatisfy(c -> assertThat(c).startsWith("hd_csrf=").contains("Secure"));
        }
        try (TestPortal portal = TestPortal.start(config -> config.secureCookies = false)) {
            Helpdesk helpdesk = portal.helpdesk();
            var settings = helpdesk.portalSettings().get();
            helpdesk.portalSettings().update(Caller.agent(DemoData.AGENT), new PortalSettingsChange(
                    "https://help.example.com", settings.welcomeTexts(), settings.customerTicketTypes(),
                    settings.version()));
            assertThat(portal.client().get("/sign-in").headers("Set-Cookie")).as("a host may still turn it off")
                    .anySatisfy(c -> assertThat(c).startsWith("hd_csrf=").doesNotContain("Secure"));
        }
    }

    @Test
    void aSessionWithoutALifetimeIsRefusedAtStart() {
        assertThatThrownBy(() -> TestPortal.start(config -> config.sessionLifetime = Duration.ZERO))
                .hasStackTraceContaining("sessionLifetime");
        assertThatThrownBy(() -> TestPortal.start(config -> config.sessionCacheTtl = Duration.ofSeconds(-1)))
                .hasStackTraceContaining("sessionCacheTtl");
    }

    private static String cookie(PortalClient client, String name) {
        return client.cookies().getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    /** A new browser holding only this session id. */
    private static PortalClient withSession(TestPortal portal, String id) {
        PortalClient client = portal.client();
        client.cookies().getCookieStore().add(URI.create(portal.baseUrl()), supportCookie("hd_session", id));
        return client;
    }

    private static HttpCookie supportCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/support");
        cookie.setVersion(0);
        return cookie;
    }

}
