package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.account.AccountEvents;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.OutboxEntry;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.IssuedCode;
import dev.helpdesk.core.service.TicketOpeningLimits;
import dev.helpdesk.defaults.Bucket4jRateLimiter;
import dev.helpdesk.web.captcha.CaptchaReader;
import dev.helpdesk.web.captcha.ProofOfWorkCaptcha;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.PortalClient.Upload;
import dev.helpdesk.web.support.TestPortal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's anti-automation, through the portal as a browser and a script use it: a stranger cannot lock a person
 * out, a failing client waits longer and longer and is then asked for the captcha, the captcha cannot be answered
 * from what the page sends, tickets and reset codes are limited, and a new address is confirmed by a mailed link.
 * Clients are told apart by X-Forwarded-For, which the test portal trusts as a proxy's.
 */
class AntiAutomationTest {
    private static final String STRANGER = "203.0.113.66";
    private static final String PAOLAS_LAPTOP = "198.51.100.7";

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final ProofOfWorkCaptcha captcha = new ProofOfWorkCaptcha(8, Duration.ofMinutes(30), Clock.systemUTC());
    private final InMemoryStorage storage = new InMemoryStorage();
    private TestPortal portal;

    /** The portal on a rate limiter whose time the test moves, with a captcha the test can read. */
    private TestPortal start() {
        portal = TestPortal.start(builder -> builder.storage(storage)
                        .rateLimiter(new Bucket4jRateLimiter(10_000, nanos::get))
                        .ticketOpeningLimits(TicketOpeningLimits.defaults()),
                config -> config.captcha = captcha);
        return portal;
    }

    @AfterEach
    void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private static Answer signIn(PortalClient client, String password) {
        return client.post("/sign-in", Map.of("email", DemoData.PRIMARY_EMAIL, "password", password));
    }

    /** Signs in again with the captcha of the page just shown, solved as the page's script does. */
    private static Answer signInSolving(PortalClient client, Answer page, String password) {
        String puzzle = page.html().select("input[name=captcha_puzzle]").attr("value");
        assertThat(puzzle).as("the page shows the captcha").isNotEmpty();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("email", DemoData.PRIMARY_EMAIL);
        fields.put("password", password);
        fields.put("captcha_shown", page.html().select("input[name=captcha_shown]").attr("value"));
        fields.put("captcha_puzzle", puzzle);
        fields.put("captcha_nonce", ProofOfWorkCaptcha.solve(puzzle));
        return client.post("/sign-in", fields);
    }

    @Test
    void aStrangerFailingAgainAndAgainCannotKeepThePersonOut() {
        start();
        PortalClient stranger = portal.client().from(STRANGER);
        stranger.get("/sign-in");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            statuses.add(signIn(stranger, "guess-" + i).status());
            advance(Duration.ofSeconds(5));
        }
        assertThat(statuses).containsOnly(401, 429).contains(429);

        PortalClient paola = portal.client().from(PAOLAS_LAPTOP);
        paola.get("/sign-in");
        Answer in = signIn(paola, DemoData.PASSWORD);
        assertThat(in.status()).as("the right password from a client that never failed, no captcha").isEqualTo(303);
        Answer strangers = signIn(stranger, DemoData.PASSWORD);
        assertThat(strangers.status()).as("only the stranger is held up: asked for the captcha").isEqualTo(401);
        assertThat(strangers.html().select("img.captcha-picture")).hasSize(1);
    }

    @Test
    void aFailingClientWaitsLongerAndLongerThenSolvesTheCaptchaAndTheRightPasswordSignsIn() {
        start();
        PortalClient client = portal.client().from(STRANGER);
        client.get("/sign-in");
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(client, "wrong password").status()).isEqualTo(401);
        }
        Answer first = signIn(client, "wrong password");
        assertThat(first.status()).isEqualTo(429);
        long firstWait = Long.parseLong(first.header("Retry-After"));
        assertThat(firstWait).isBetween(1L, 20L);
        assertThat(first.html().select("#sign-in-error").text()).contains("wait").contains("minute");
        assertThat(first.html().select("#email").attr("value")).isEqualTo(DemoData.PRIMARY_EMAIL);

        advance(Duration.ofSeconds(20));
        assertThat(signIn(client, "wrong password").status()).isEqualTo(401);
        advance(Duration.ofSeconds(20));
        assertThat(signIn(client, "wrong password").status()).isEqualTo(401);
        advance(Duration.ofSeconds(20));
        Answer asked = signIn(client, DemoData.PASSWORD);
        assertThat(asked.status()).as("five failures: the captcha first").isEqualTo(401);
        assertThat(asked.html().select("#sign-in-error").text()).contains("complete the check");
        assertThat(asked.html().select("img.captcha-picture").attr("src")).startsWith("data:image/svg+xml;base64,");

        Answer sixth = signInSolving(client, asked, "wrong again");
        assertThat(sixth.status()).isEqualTo(401);
        advance(Duration.ofSeconds(20));
        Answer longer = signIn(client, DemoData.PASSWORD);
        assertThat(longer.status()).isEqualTo(429);
        assertThat(Long.parseLong(longer.header("Retry-After"))).as("the wait grows").isGreaterThan(60);

        advance(Duration.ofMinutes(5));
        Answer again = signIn(client, DemoData.PASSWORD);
        assertThat(again.status()).isEqualTo(401);
        assertThat(signInSolving(client, again, DemoData.PASSWORD).status()).isEqualTo(303);
    }

    @Test
    void theCaptchaCannotBeAnsweredFromThePageAndOneGuessUsesThePuzzleUp() {
        start();
        PortalClient paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        Answer form = paola.get("/tickets/new/billing");
        Document page = form.html();
        String puzzle = page.select("input[name=captcha_puzzle]").attr("value");
        assertThat(page.select("img.captcha-picture").attr("src")).startsWith("data:image/svg+xml;base64,");
        assertThat(page.text()).as("no sum in the page's text").doesNotContainPattern("\\d+\\s*\\+\\s*\\d+");
        assertThat(page.select("[data-puzzle]").attr("data-puzzle")).isEqualTo(puzzle);
        int sum = CaptchaReader.sumOf(captcha, puzzle);

        Map<String, String> guess = ticket(page, "Invoice address is wrong");
        guess.put("captcha_answer", String.valueOf(sum == 50 ? 51 : 50));
        Answer wrong = paola.postMultipart("/tickets", guess, List.of());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.html().select("#captcha-error").text()).contains("sum in the picture");
        guess.put("captcha_answer", String.valueOf(sum));
        assertThat(paola.postMultipart("/tickets", guess, List.of()).status())
                .as("the right sum, on a puzzle already guessed").isEqualTo(400);

        Document fresh = paola.get("/tickets/new/billing").html();
        Map<String, String> person = ticket(fresh, "Invoice address is wrong");
        person.put("captcha_answer", String.valueOf(CaptchaReader.sumOf(captcha,
                fresh.select("input[name=captcha_puzzle]").attr("value"))));
        assertThat(paola.postMultipart("/tickets", person, List.of()).status()).isEqualTo(303);
    }

    @Test
    void aContactOpeningTooManyTicketsGetsTheFormBackWithEverythingTyped() {
        start();
        advance(Duration.ofHours(1)); // the demo's own tickets, opened a moment ago, are forgotten
        PortalClient paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        for (int i = 1; i <= 5; i++) {
            Document form = paola.get("/tickets/new/billing").html();
            Map<String, String> fields = ticket(form, "Question " + i);
            fields.put("captcha_nonce", ProofOfWorkCaptcha.solve(fields.get("captcha_puzzle")));
            assertThat(paola.postMultipart("/tickets", fields, List.of()).status()).isEqualTo(303);
        }
        Document form = paola.get("/tickets/new/billing").html();
        Map<String, String> fields = ticket(form, "One question too many");
        fields.put("description", "Typed with care,\nover two lines.");
        fields.put("captcha_nonce", ProofOfWorkCaptcha.solve(fields.get("captcha_puzzle")));
        Answer limited = paola.postMultipart("/tickets", fields, List.of(new Upload("attachments", "invoice.txt",
                "text/plain", "x".getBytes(StandardCharsets.UTF_8))));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        Document again = limited.html();
        assertThat(again.select("#form-errors").text()).contains("several tickets in a short time")
                .contains("minute").contains("attach your files once more");
        assertThat(again.select("#title").attr("value")).isEqualTo("One question too many");
        assertThat(again.select("#description").first().wholeText()).isEqualTo("Typed with care,\nover two lines.");
        assertThat(again.select("input[name=category]").attr("value")).isEqualTo("billing");
        assertThat(again.select("input[name=captcha_puzzle]").attr("value")).as("a fresh captcha")
                .isNotEqualTo(fields.get("captcha_puzzle"));
        assertThat(portal.helpdesk().tickets().list(Caller.contact(DemoData.PRIMARY),
                dev.helpdesk.core.service.ListTickets.firstPage().ofSize(100)).items())
                .noneMatch(t -> t.subject().equals("One question too many"));
    }

    @Test
    void forgotPasswordIsLimitedPerClientWhateverTheAddresses() {
        start();
        PortalClient script = portal.client().from(STRANGER);
        script.get("/password/forgot");
        for (int i = 0; i < 10; i++) {
            assertThat(script.post("/password/forgot", Map.of("email", "someone" + i + "@acme.example")).status())
                    .isEqualTo(303);
        }
        Answer refused = script.post("/password/forgot", Map.of("email", DemoData.PRIMARY_EMAIL));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNotNull();
        assertThat(refused.html().select("#form-error").text()).contains("Too many code requests").contains("minute");
        assertThat(refused.html().select("#email").attr("value")).isEqualTo(DemoData.PRIMARY_EMAIL);

        PortalClient paola = portal.client().from(PAOLAS_LAPTOP);
        paola.get("/password/forgot");
        assertThat(paola.post("/password/forgot", Map.of("email", DemoData.PRIMARY_EMAIL)).status()).isEqualTo(303);
    }

    @Test
    void aNewAddressIsConfirmedByTheLinkMailedToItAndTheOldOneIsTold() {
        start();
        String newEmail = "paola.new@acme.example";
        PortalClient paola = portal.client().from(PAOLAS_LAPTOP).signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        paola.get("/profile");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("firstName", "Paola");
        fields.put("lastName", "Bianchi");
        fields.put("jobTitle", "");
        fields.put("email", newEmail);
        fields.put("phone", "");
        fields.put("currentPassword", DemoData.PASSWORD);
        assertThat(paola.post("/profile", fields).status()).isEqualTo(303);
        assertThat(paola.get("/profile").html().select("#email").attr("value")).isEqualTo(DemoData.PRIMARY_EMAIL);

        // the mail adapter's part: the event names the new address; the code goes in the link to it, and the old
        // address, still the contact's, is written to as well (examples' AccountMails)
        AccountEvents.EmailChangeRequested requested = storage.outbox().pending(100).stream()
                .map(OutboxEntry::event).filter(AccountEvents.EmailChangeRequested.class::isInstance)
                .map(AccountEvents.EmailChangeRequested.class::cast).findFirst().orElseThrow();
        assertThat(requested.newEmail().value()).isEqualTo(newEmail);
        assertThat(portal.helpdesk().directory().contact(requested.contact()).orElseThrow().email().value())
                .as("the old address, told of the change").isEqualTo(DemoData.PRIMARY_EMAIL);
        IssuedCode code = portal.helpdesk().accounts().issueEmailChangeCode(requested.contact(), requested.newEmail());
        String link = "/profile/email/confirm?email=" + URLEncoder.encode(newEmail, StandardCharsets.UTF_8)
                + "&code=" + URLEncoder.encode(code.code(), StandardCharsets.UTF_8);

        PortalClient phone = portal.client();
        Answer page = phone.get(link);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".intro").text()).contains(newEmail);
        Answer confirmed = phone.post("/profile/email/confirm", Map.of("email", newEmail, "code", code.code()));
        assertThat(confirmed.status()).isEqualTo(303);
        assertThat(phone.get("/sign-in").html().select(".flash").text()).contains(newEmail);
        assertThat(phone.post("/profile/email/confirm", Map.of("email", newEmail, "code", code.code())).status())
                .as("the link works once").isEqualTo(400);

        assertThat(paola.get("/profile").html().select("#email").attr("value")).isEqualTo(newEmail);
        portal.client().signIn(newEmail, DemoData.PASSWORD);
    }

    /** The fields of the new-ticket form of {@code page}, with its puzzle but no answer yet. */
    private static Map<String, String> ticket(Document page, String title) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", page.select("input[name=category]").attr("value"));
        fields.put("subcategory", page.select("input[name=subcategory]").attr("value"));
        fields.put("title", title);
        fields.put("description", "Please look into it.");
        fields.put("custom.operating_system", "linux");
        fields.put("captcha_puzzle", page.select("input[name=captcha_puzzle]").attr("value"));
        return fields;
    }
}
