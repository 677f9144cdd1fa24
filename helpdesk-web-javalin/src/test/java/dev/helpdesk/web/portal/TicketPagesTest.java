package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.rating.RatingPolicy;
import dev.helpdesk.core.domain.rating.ReviewLink;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.PortalClient.Upload;
import dev.helpdesk.web.support.TestPortal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TicketPagesTest {
    /** A 1×1 PNG: its type must be sniffed from these bytes, whatever the browser declares. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static final String REVIEW_SITE = "https://reviews.example/acme-hosting";

    private static TestPortal portal;
    private static Tickets tickets;
    // each person signs in once: sign-in attempts are rate-limited per address
    private static PortalClient paola;
    private static PortalClient marco;
    private static PortalClient olga;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(builder -> builder.ratingPolicy(RatingPolicy.defaults()
                .withReviewLinks(List.of(ReviewLink.of("Review us", REVIEW_SITE)))), config -> { });
        tickets = new Tickets(portal.helpdesk());
        paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        marco = portal.client().signIn(DemoData.COLLEAGUE_EMAIL, DemoData.PASSWORD);
        olga = portal.client().signIn(DemoData.OUTSIDER_EMAIL, DemoData.PASSWORD);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static PortalClient paola() {
        return paola;
    }

    private static TicketView aTicket(String subject) {
        return tickets.open(DemoData.PRIMARY, "other", subject, "First words about " + subject);
    }

    @Test
    void thePageShowsTheConversationNewestFirstWithDetailsPropertiesAndABreadcrumb() {
        TicketView ticket = aTicket("Slow website");
        tickets.agentReply(ticket, "We are **looking** into it.");

        Answer page = paola().get(Tickets.path(ticket));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#ticket-title").text()).contains(ticket.reference()).contains("Slow website");
        assertThat(page.html().select(".breadcrumb a").attr("href")).isEqualTo("/support/tickets");
        assertThat(page.html().select(".breadcrumb [aria-current=page]").text()).isEqualTo(ticket.reference());
        List<String> bodies = page.html().select("#messages .message-body").eachText();
        assertThat(bodies).containsExactly("We are looking into it.", "First words about Slow website");
        assertThat(page.html().select("#messages .message-body").first().select("strong").text()).isEqualTo("looking");
        assertThat(page.html().select("#messages .message-author").first().text()).contains("Wendy Support");
        assertThat(page.html().select("#messages .message-channel").first().text()).isEqualTo("via the portal");
        assertThat(page.html().select("#ticket-status").text()).isEqualTo("Replied");
        assertThat(page.html().select(".ticket-details dd").eachText()).contains("Paola Bianchi");
        assertThat(page.html().select("#properties-form select[name=field.priority] option[selected]").attr("value"))
                .isEqualTo("medium");
        assertThat(page.html().select(".property.view-only .property-label").eachText())
                .contains("Contract number");
        assertThat(page.body()).as("a hidden field is not shown at all").doesNotContain("Internal score")
                .doesNotContain("internal_score");
    }

    @Test
    void anotherOrganizationsTicketIsA404WithNothingOfIt() {
        TicketView ticket = aTicket("Acme secret plans");
        tickets.agentReply(ticket, "Shh");

        Answer page = olga.get(Tickets.path(ticket));
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Acme secret plans").doesNotContain(ticket.reference())
                .doesNotContain("First words");

        Answer reply = olga.post(Tickets.path(ticket) + "/reply", Map.of("body", "let me in"));
        assertThat(reply.status()).isEqualTo(404);
        assertThat(tickets.asAgent(ticket.id()).messages()).hasSize(2);

        assertThat(paola().get("/tickets/no-such-ticket").status()).isEqualTo(404);
        assertThat(paola().get("/tickets/%2e%2e").status()).isIn(400, 404);
    }

    @Test
    void aReplyWithTwoFilesIsShownAndItsFilesDownloadAsSniffedAttachments() {
        TicketView ticket = aTicket("Screenshots of the error");
        PortalClient client = paola();
        client.get(Tickets.path(ticket));

        Answer sent = client.postMultipart(Tickets.path(ticket) + "/reply", Map.of("body", "Here they are."),
                List.of(new Upload("attachments", "screen.png", "text/plain", PNG),
                        new Upload("attachments", "notes.txt", "application/octet-stream",
                                "just text".getBytes(StandardCharsets.UTF_8))));
        assertThat(sent.status()).as(sent.body()).isEqualTo(303);

        Answer page = client.get(Tickets.path(ticket));
        assertThat(page.html().select(".flash").text()).isEqualTo("Your reply was sent.");
        var newest = page.html().select("#messages .message").first();
        assertThat(newest.select(".message-body").text()).isEqualTo("Here they are.");
        List<String> links = newest.select(".files a").eachAttr("href");
        assertThat(newest.select(".files a").eachText()).containsExactly("screen.png", "notes.txt");

        Answer png = client.get(links.get(0).substring("/support".length()));
        assertThat(png.status()).isEqualTo(200);
        assertThat(png.header("Content-Disposition")).startsWith("attachment;").contains("screen.png");
        assertThat(png.header("Content-Type")).startsWith("image/png");
        assertThat(png.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(png.bytes()).isEqualTo(PNG);
        Answer text = client.get(links.get(1).substring("/support".length()));
        assertThat(text.header("Content-Type")).startsWith("text/plain");

        Answer stolen = olga.get(links.get(0).substring("/support".length()));
        assertThat(stolen.status()).isEqualTo(404);
        assertThat(stolen.header("Content-Disposition")).isNull();
    }

    @Test
    void aReplyWithoutTextOrFilesIsRefusedNextToTheField() {
        TicketView ticket = aTicket("Empty replies");
        PortalClient client = paola();
        client.get(Tickets.path(ticket));

        Answer refused = client.postMultipart(Tickets.path(ticket) + "/reply", Map.of("body", "  "), List.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select("#reply-body-error").text())
                .isEqualTo("Write a message or attach at least one file.");
        assertThat(refused.html().select("#reply-body").attr("aria-invalid")).isEqualTo("true");
        assertThat(tickets.asAgent(ticket.id()).messages()).hasSize(1);
    }

    @Test
    void tooManyFilesShowTheFormAgainWithTheTextTyped() {
        TicketView ticket = aTicket("Many logs");
        PortalClient client = paola();
        client.get(Tickets.path(ticket));
        List<Upload> files = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            files.add(new Upload("attachments", "log" + i + ".txt", "text/plain", ("line " + i).getBytes(StandardCharsets.UTF_8)));
        }

        Answer refused = client.postMultipart(Tickets.path(ticket) + "/reply",
                Map.of("body", "All the logs <b>attached</b>"), files);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select("#reply-body").text()).isEqualTo("All the logs <b>attached</b>");
        assertThat(refused.html().select("#reply-files-error").text()).startsWith("Too many files");
        assertThat(tickets.asAgent(ticket.id()).messages()).hasSize(1);
    }

    @Test
    void aReplyWithoutItsCsrfTokenIsRefused() {
        TicketView ticket = aTicket("Forged replies");
        PortalClient client = paola();
        client.get(Tickets.path(ticket));

        Answer forged = client.postRaw(Tickets.path(ticket) + "/reply", Map.of("body", "from another site"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(tickets.asAgent(ticket.id()).messages()).hasSize(1);
    }

    @Test
    void anEditableFieldIsSavedAndAViewOnlyOrHiddenOneIsRefusedChangingNothing() {
        TicketView ticket = aTicket("Field changes");
        PortalClient client = paola();
        client.get(Tickets.path(ticket));
        String version = String.valueOf(tickets.asAgent(ticket.id()).version());

        Answer saved = client.post(Tickets.path(ticket) + "/fields", Map.of("version", version,
                "field.priority", "high", "field.custom.website", "https://acme.example"));
        assertThat(saved.status()).as(saved.body()).isEqualTo(303);
        TicketView after = tickets.asAgent(ticket.id());
        assertThat(after.field(FieldRef.PRIORITY).flatMap(TicketView.FieldView::value)).contains("high");
        assertThat(after.field(FieldRef.custom("website")).flatMap(TicketView.FieldView::value))
                .contains("https://acme.example");
        Answer page = client.get(Tickets.path(ticket));
        assertThat(page.html().select(".flash").text()).isEqualTo("The ticket properties were saved.");
        assertThat(page.html().select("#prop-priority option[selected]").attr("value")).isEqualTo("high");

        String current = String.valueOf(after.version());
        for (String field : List.of("field.custom.contract", "field.custom.internal_score", "field.status")) {
            Answer refused = client.post(Tickets.path(ticket) + "/fields", Map.of("version", current,
                    "field.priority", "low", field, "42"));
            assertThat(refused.status()).as(field).isEqualTo(400);
            assertThat(refused.html().select("#page-problem").text()).as(field).contains("cannot be changed here");
            assertThat(refused.body()).doesNotContain("Internal score");
        }
        TicketView unchanged = tickets.asAgent(ticket.id());
        assertThat(unchanged.version()).isEqualTo(after.version());
        assertThat(unchanged.field(FieldRef.PRIORITY).flatMap(TicketView.FieldView::value)).contains("high");
        assertThat(unchanged.field(FieldRef.custom("contract")).flatMap(TicketView.FieldView::value)).isEmpty();
    }

    @Test
    void aBadValueShowsItsErrorNextToTheFieldAndAStaleVersionSaysSomeoneChangedIt() {
        TicketView ticket = aTicket("Field errors");
        PortalClient client = paola();
        client.get(Tickets.path(ticket));
        long version = tickets.asAgent(ticket.id()).version();

        Answer bad = client.post(Tickets.path(ticket) + "/fields", Map.of("version", String.valueOf(version),
                "field.priority", "sky-high"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().select("#prop-priority-error").text()).isEqualTo("Choose one of the options offered.");

        Answer required = client.post(Tickets.path(ticket) + "/fields", Map.of("version", String.valueOf(version),
                "field.custom.operating_system", ""));
        assertThat(required.status()).isEqualTo(400);
        assertThat(required.html().select("#prop-custom-operating_system-error").text()).isNotBlank();

        tickets.agentReply(ticket, "changed meanwhile");
        Answer stale = client.post(Tickets.path(ticket) + "/fields", Map.of("version", String.valueOf(version),
                "field.priority", "low"));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.html().select("#page-problem").text()).startsWith("Someone changed this ticket");
        assertThat(tickets.asAgent(ticket.id()).field(FieldRef.PRIORITY).flatMap(TicketView.FieldView::value))
                .contains("medium");
    }

    @Test
    void markResolvedThenAnUnhappyRatingNeedsTheComplaint() {
        TicketView ticket = aTicket("Never fixed");
        PortalClient client = paola();
        Answer before = client.get(Tickets.path(ticket));
        assertThat(before.html().select("#rating")).as("no rating before it is resolved").isEmpty();

        assertThat(client.post(Tickets.path(ticket) + "/resolve", Map.of()).status()).isEqualTo(303);
        Answer resolved = client.get(Tickets.path(ticket));
        assertThat(resolved.html().select("#ticket-status").hasClass("kind-closed")).isTrue();
        assertThat(resolved.html().select("#resolve-button")).isEmpty();
        assertThat(resolved.html().select("#rating-form button[name=score]").eachAttr("value"))
                .contains("unhappy", "neutral", "happy");

        Answer unexplained = client.post(Tickets.path(ticket) + "/rating", Map.of("score", "unhappy", "comment", ""));
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.html().select("#rating-comment-error").text()).startsWith("Tell us what went wrong");
        assertThat(unexplained.html().select("[data-complaint]").attr("data-open")).isEqualTo("true");
        assertThat(portal.helpdesk().ratings().ratingOf(Caller.contact(DemoData.PRIMARY), ticket.id())).isEmpty();

        Answer complaint = client.post(Tickets.path(ticket) + "/rating",
                Map.of("score", "unhappy", "comment", "Nobody answered for a week."));
        assertThat(complaint.status()).isEqualTo(303);
        Answer rated = client.get(Tickets.path(ticket));
        assertThat(rated.html().select("#rating-current").text()).contains("Unhappy");
        assertThat(rated.html().select("#review-links")).isEmpty();
        assertThat(rated.html().select("#rating-comment").text()).isEqualTo("Nobody answered for a week.");

        assertThat(client.post(Tickets.path(ticket) + "/resolve", Map.of()).status())
                .as("resolving twice says so").isEqualTo(409);
    }

    @Test
    void aHappyRatingShowsTheReviewLinks() {
        TicketView ticket = aTicket("Quickly fixed");
        PortalClient client = paola();
        client.get(Tickets.path(ticket));
        client.post(Tickets.path(ticket) + "/resolve", Map.of());

        assertThat(client.post(Tickets.path(ticket) + "/rating", Map.of("score", "happy")).status()).isEqualTo(303);

        Answer page = client.get(Tickets.path(ticket));
        assertThat(page.html().select("#review-links a").attr("href")).isEqualTo(REVIEW_SITE);
        assertThat(page.html().select("#rating-current").text()).contains("Happy");
        assertThat(page.html().select("#rate-happy").attr("aria-pressed")).isEqualTo("true");
    }

    @Test
    void aColleagueMayReplyButNotRateSomeoneElsesTicket() {
        TicketView ticket = aTicket("Shared problem");
        marco.get(Tickets.path(ticket));
        marco.post(Tickets.path(ticket) + "/resolve", Map.of());

        Answer page = marco.get(Tickets.path(ticket));
        assertThat(page.html().select("#rating-form")).isEmpty();
        assertThat(marco.post(Tickets.path(ticket) + "/rating", Map.of("score", "happy")).status()).isEqualTo(403);
    }

    @Test
    void aSharedSecretIsStoredAndItsValueNeverShown() {
        TicketView ticket = aTicket("Need FTP access");
        PortalClient client = paola();
        client.get(Tickets.path(ticket));
        String secret = "correct-horse-battery-staple-7";

        Answer empty = client.post(Tickets.path(ticket) + "/secrets", Map.of("label", "FTP password", "secret", ""));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.html().select("#secret-label").attr("value")).isEqualTo("FTP password");
        assertThat(empty.html().select("#secret-value-error").text()).isNotBlank();

        Answer shared = client.post(Tickets.path(ticket) + "/secrets", Map.of("label", "FTP password", "secret", secret));
        assertThat(shared.status()).isEqualTo(303);
        Answer page = client.get(Tickets.path(ticket));
        assertThat(page.html().select("#secrets-list li").text()).contains("FTP password");
        assertThat(page.body()).doesNotContain(secret);
        assertThat(page.html().select("#secret-value").attr("value")).isEmpty();

        var shares = portal.helpdesk().secretShares().list(Caller.agent(DemoData.AGENT), ticket.id());
        assertThat(shares).hasSize(1);
        char[] revealed = portal.helpdesk().secretShares().reveal(Caller.agent(DemoData.AGENT), shares.get(0).id())
                .value();
        assertThat(new String(revealed)).isEqualTo(secret);
    }

    @Test
    void thePreviewRendersSanitisedMarkdown() {
        PortalClient client = paola();
        client.get("/tickets");

        Answer preview = client.post("/api/preview", Map.of("body", "**bold** <script>alert(1)</script>"));

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.header("Content-Type")).startsWith("application/json");
        assertThat(preview.body()).contains("<strong>bold</strong>").doesNotContain("<script");
        assertThat(client.postRaw("/api/preview", Map.of("body", "x")).status()).isEqualTo(403);
    }

    @Test
    void theTicketPageSpeaksTheViewersLanguage() {
        var ines = tickets.newPerson("ines", "ines@italia.example");
        portal.helpdesk().accounts().updateProfile(Caller.contact(ines), dev.helpdesk.core.service.ProfileChange.of(
                "Ines", "Tester", "", "ines@italia.example", "", "it"));
        TicketView ticket = tickets.open(ines, "billing", "Fattura doppia", "Due addebiti.");

        Answer page = portal.client().signIn("ines@italia.example", DemoData.PASSWORD).get(Tickets.path(ticket));

        assertThat(page.html().select("html").attr("lang")).isEqualTo("it");
        assertThat(page.html().select("#details-title").text()).isEqualTo("Dettagli del ticket");
        assertThat(page.html().select("#reply-button").text()).isEqualTo("Rispondi");
        assertThat(page.html().select("#ticket-status").text()).isEqualTo("Aperto");
        assertThat(page.html().select(".ticket-details dd").eachText()).contains("Fatturazione");
        assertThat(page.html().select("#prop-priority option[selected]").text()).isEqualTo("Media");
    }
}
