package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.TestPortal;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The browser's language until the person chooses; App settings; the public switch. */
class LanguagePageTest {
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
    void theBrowsersLanguageChoosesBeforeAnyChoice() {
        Document german = portal.client().acceptLanguage("de-CH, en;q=0.5").get("/sign-in").html();
        assertThat(german.select("html").attr("lang")).isEqualTo("de");
        assertThat(german.select("h1").text()).isEqualTo("Anmelden");
        assertThat(german.select("label[for=password]").text()).isEqualTo("Passwort");

        Document unsupported = portal.client().acceptLanguage("ja, zh;q=0.8").get("/password/forgot").html();
        assertThat(unsupported.select("html").attr("lang")).isEqualTo("en");
        Document italian = portal.client().acceptLanguage("ja, it;q=0.3").get("/password/forgot").html();
        assertThat(italian.select("h1").text()).isEqualTo("Password dimenticata?");
    }

    @Test
    void thePublicSwitchWorksSignedOutAndGoesBack() {
        PortalClient client = portal.client().acceptLanguage("de");
        Answer page = client.get("/password/forgot");
        assertThat(page.html().select("form.language-switch select option[selected]").val()).isEqualTo("de");

        HttpResponse<String> switched = postLanguage(client, "fr", portal.baseUrl() + "/password/forgot?email=a%40b.example");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.headers().firstValue("Location")).hasValue("/support/password/forgot?email=a%40b.example");
        Document french = client.get("/password/forgot").html();
        assertThat(french.select("html").attr("lang")).as("the choice beats Accept-Language").isEqualTo("fr");
        assertThat(french.select("h1").text()).isEqualTo("Mot de passe oublié ?");
    }

    @Test
    void thePublicSwitchNeverLeadsOutOfThePortal() {
        PortalClient client = portal.client();
        client.get("/sign-in");
        for (String referer : List.of("https://evil.example/support/x", "", "http://127.0.0.1/other-app",
                portal.baseUrl() + "/../admin", portal.baseUrl() + "/%2e%2e/admin")) {
            HttpResponse<String> answer = postLanguage(client, "es", referer.isEmpty() ? null : referer);
            String location = answer.headers().firstValue("Location").orElse("");
            assertThat(location).as(referer).isIn("/support/sign-in", "/support/x");
        }
        assertThat(client.get("/sign-in").html().select("h1").text()).isEqualTo("Iniciar sesión");
    }

    @Test
    void anUnknownLanguageIsABadRequest() {
        PortalClient client = portal.client();
        client.get("/sign-in");
        assertThat(postLanguage(client, "xx", null).statusCode()).isEqualTo(400);
        assertThat(client.get("/sign-in").html().select("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void appSettingsSaveTheLanguageOnTheAccountAndThePagesFollow() {
        PortalClient paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        Document settings = paola.get("/settings").html();
        assertThat(settings.select("h1").text()).isEqualTo("App settings");
        assertThat(settings.select("input[name=language][checked]").val()).isEqualTo("en");
        assertThat(settings.select("input[name=language]")).hasSize(5);

        Answer saved = paola.post("/settings", Map.of("language", "it"));
        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/support/settings");
        Document italian = paola.get("/settings").html();
        assertThat(italian.select("html").attr("lang")).isEqualTo("it");
        assertThat(italian.select(".flash").text()).isEqualTo("Le tue impostazioni sono salvate.");
        assertThat(italian.select(".sidebar a").eachText())
                .contains("+ Nuovo ticket", "Ticket", "Base di conoscenza", "Il mio profilo", "Impostazioni app");
        assertThat(italian.select("#sign-out").text()).isEqualTo("Esci");
        assertThat(italian.select("input[name=language][checked]").val()).isEqualTo("it");
        assertThat(portal.helpdesk().accounts().profile(Caller.contact(DemoData.PRIMARY)).language())
                .isEqualTo(Language.IT);

        PortalClient elsewhere = portal.client().acceptLanguage("de").signIn(DemoData.PRIMARY_EMAIL,
                DemoData.PASSWORD);
        assertThat(elsewhere.get("/profile").html().select("h1").text()).as("the account's language, not the browser's")
                .isEqualTo("Il mio profilo");

        paola.post("/settings", Map.of("language", "en"));
        assertThat(paola.get("/settings").html().select("h1").text()).isEqualTo("App settings");
    }

    @Test
    void aLanguageNeverPickedLeavesTheBrowsersAfterSignInUntilAPickEvenOfTheDefault() {
        ContactId lena = new Tickets(portal.helpdesk()).newPerson("lena", "lena@initech.example");
        assertThat(portal.helpdesk().accounts().profile(Caller.contact(lena)).language())
                .as("the organization's default").isEqualTo(Language.EN);

        PortalClient german = portal.client().acceptLanguage("de-DE, en;q=0.5").signIn("lena@initech.example",
                DemoData.PASSWORD);
        assertThat(german.get("/tickets").html().select("html").attr("lang")).as("a default is not a choice")
                .isEqualTo("de");
        assertThat(german.get("/settings").html().select("input[name=language][checked]").val()).isEqualTo("de");

        german.post("/settings", Map.of("language", "en"));
        assertThat(german.get("/tickets").html().select("html").attr("lang")).isEqualTo("en");
        PortalClient later = portal.client().acceptLanguage("de").signIn("lena@initech.example", DemoData.PASSWORD);
        assertThat(later.get("/tickets").html().select("html").attr("lang"))
                .as("English, now picked, beats the browser").isEqualTo("en");
    }

    @Test
    void anUnknownLanguageInSettingsIsShownAgain() {
        PortalClient marco = portal.client().signIn(DemoData.COLLEAGUE_EMAIL, DemoData.PASSWORD);
        marco.get("/settings");
        Answer answer = marco.post("/settings", Map.of("language", "klingon"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.html().select("#language-error").text()).isEqualTo("This language is not available.");
        assertThat(marco.postRaw("/settings", Map.of("language", "fr")).status()).as("CSRF").isEqualTo(403);
    }

    @Test
    void settingsNeedASignedInPerson() {
        assertThat(portal.client().get("/settings").status()).isEqualTo(303);
    }

    @Test
    void backStaysInsideThePortalWhateverTheReferer() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 60), integers().between(0, 4)).checkAssert((tail, kind) -> {
            String referer = switch (kind) {
                case 0 -> tail;
                case 1 -> "http://host/support/" + tail;
                case 2 -> "http://host/support" + tail;
                case 3 -> "//" + tail + "/support/x";
                default -> "/support/" + tail;
            };
            String back = LanguagePage.back(referer, "/support");
            assertThat(back).startsWith("/support/").doesNotContain("\\").doesNotStartWith("//");
            assertThat(URI.create(back).normalize().getPath()).startsWith("/support/");
        });
        assertThat(LanguagePage.back("http://host/tickets?x=1", "")).isEqualTo("/tickets?x=1");
        assertThat(LanguagePage.back("http://host//evil.example/", "")).isEqualTo("/sign-in");
    }

    /** POST /language with a chosen Referer (the test client sends none), with the client's cookies and token. */
    private static HttpResponse<String> postLanguage(PortalClient client, String code, String referer) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(client.cookies())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.baseUrl() + "/language"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(client.csrf()) + "&language=" + enc(code)));
        if (referer != null) {
            request.header("Referer", referer);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
