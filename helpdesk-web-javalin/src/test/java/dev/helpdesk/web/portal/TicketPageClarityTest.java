package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.rating.RatingPolicy;
import dev.helpdesk.core.domain.rating.ReviewLink;
import dev.helpdesk.core.domain.status.ClosedTicketReplyPolicy;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ProfileChange;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.TestPortal;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the ticket page tells a customer beyond its data: the preview is the message as it will show, a done ticket
 * says what a reply does, the rating box shows what suits the rating, and the host's custom fields speak the
 * viewer's language.
 */
class TicketPageClarityTest {
    private static final String REVIEW_SITE = "https://reviews.example/acme-hosting";
    private static TestPortal portal;
    private static TestPortal refusing;
    private static Tickets tickets;
    private static PortalClient paola;
    private static PortalClient ines;

    @BeforeAll
    static void start() {
        portal = TestPortal.start(builder -> builder.ratingPolicy(RatingPolicy.defaults()
                .withReviewLinks(List.of(ReviewLink.of("Review us", REVIEW_SITE)))), config -> { });
        refusing = TestPortal.start(builder -> builder.schema(DemoData.schema().withStatuses(DemoData.schema()
                .statuses().withClosedReplyPolicy(ClosedTicketReplyPolicy.REFUSE))), config -> { });
        tickets = new Tickets(portal.helpdesk());
        paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        ContactId italian = tickets.newPerson("ines", "ines@italia.example");
        portal.helpdesk().accounts().updateProfile(Caller.contact(italian), ProfileChange.of("Ines", "Tester", "",
                "ines@italia.example", "", "it"));
        ines = portal.client().signIn("ines@italia.example", DemoData.PASSWORD);
    }

    @AfterAll
    static void stop() {
        portal.close();
        refusing.close();
    }

    @Test
    void thePreviewIsWhatTheConversationShowsOnceTheReplyIsSent() {
        TicketView ticket = tickets.open(DemoData.PRIMARY, "other", "Preview check", "First words");
        String body = "## Steps\n\n1. Open **Mail**\n2. Read [the guide](https://acme.example/guide)\n\n"
                + "| a | b |\n|---|---|\n| 1 | 2 |\n\n<script>alert(1)</script> `code`";
        paola.get(Tickets.path(ticket));

        Answer preview = paola.post("/api/preview", Map.of("body", body));
        assertThat(paola.post(Tickets.path(ticket) + "/reply", Map.of("body", body)).status()).isEqualTo(303);
        Answer page = paola.get(Tickets.path(ticket));

        String previewed = html(preview);
        String shown = page.html().select("#messages .message-body").first().html();
        assertThat(Jsoup.parseBodyFragment(previewed).body().html()).isEqualTo(Jsoup.parseBodyFragment(shown).body()
                .html());
        assertThat(shown).contains("<strong>Mail</strong>", "<ol>", "<a href=\"https://acme.example/guide\"")
                .doesNotContain("<script");
    }

    /** The {@code html} member of the preview's JSON. */
    private static String html(Answer preview) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(preview.body()).get("html").asText();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(preview.body(), e);
        }
    }

    @Test
    void aClosedTicketSaysThatAReplyReopensIt() {
        TicketView ticket = tickets.open(DemoData.PRIMARY, "other", "Closed but not done", "First words");
        Answer open = paola.get(Tickets.path(ticket));
        assertThat(open.html().select("#reply-outcome")).as("nothing to say while it is open").isEmpty();

        paola.post(Tickets.path(ticket) + "/resolve", Map.of());
        Answer closed = paola.get(Tickets.path(ticket));

        assertThat(closed.html().select("#reply-form")).hasSize(1);
        assertThat(closed.html().select("#reply-outcome").text())
                .isEqualTo("This ticket is closed. If you reply, it will be reopened and we will answer you.");
        assertThat(closed.html().select("#reply-body").attr("aria-describedby")).contains("reply-outcome");
    }

    @Test
    void aClosedTicketThatTakesNoRepliesOffersAFollowUpTicketInstead() {
        Tickets others = new Tickets(refusing.helpdesk());
        TicketView ticket = others.status(others.open(DemoData.PRIMARY, "other", "Closed for good", "First words"),
                "closed");
        PortalClient client = refusing.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);

        Answer page = client.get(Tickets.path(ticket));

        assertThat(page.html().select("#reply-form")).isEmpty();
        assertThat(page.html().select("#reply-closed p").text())
                .isEqualTo("This ticket is closed and takes no more replies. Open a new ticket if you need more help.");
        assertThat(page.html().select("#follow-up").attr("href")).isEqualTo("/support/tickets/new");
        assertThat(page.html().select("#follow-up").text()).isEqualTo("Open a follow-up ticket");
    }

    @Test
    void happyShowsTheReviewLinksWithoutTheComplaintAndUnhappyTheOtherWayRound() {
        TicketView ticket = tickets.open(DemoData.PRIMARY, "other", "Rated twice", "First words");
        paola.get(Tickets.path(ticket));
        paola.post(Tickets.path(ticket) + "/resolve", Map.of());

        paola.post(Tickets.path(ticket) + "/rating", Map.of("score", "unhappy", "comment", "Slow answer."));
        Answer unhappy = paola.get(Tickets.path(ticket));
        assertThat(unhappy.html().select("#review-links")).isEmpty();
        assertThat(unhappy.html().select("#complaint").hasClass("hidden")).isFalse();
        assertThat(unhappy.html().select("#rating-comment").text()).isEqualTo("Slow answer.");

        paola.post(Tickets.path(ticket) + "/rating", Map.of("score", "happy", "comment", ""));
        Answer happy = paola.get(Tickets.path(ticket));
        assertThat(happy.html().select("#review-links a").attr("href")).isEqualTo(REVIEW_SITE);
        assertThat(happy.html().select("#complaint").hasClass("hidden")).as("the complaint box goes").isTrue();
        assertThat(happy.html().select("#rating-comment").text()).isEmpty();
        assertThat(happy.html().select("#rate-happy").attr("aria-pressed")).isEqualTo("true");
    }

    @Test
    void aViewOnlyValueReadsAsTextBesideTheFieldsToFillIn() {
        TicketView ticket = tickets.open(DemoData.PRIMARY, "other", "View-only values", "First words");

        Answer page = paola.get(Tickets.path(ticket));

        assertThat(page.html().select("#properties-form .property.view-only")).isNotEmpty();
        assertThat(page.html().select("#properties-form .property.view-only").select("input, select, textarea"))
                .isEmpty();
        assertThat(page.html().select(".property.view-only[data-field=\"field.custom.contract\"] .property-value")
                .text()).isEqualTo("—");
    }

    @Test
    void customFieldLabelsAndOptionsSpeakTheViewersLanguage() {
        TicketView ticket = portal.helpdesk().tickets().open(Caller.contact(dev.helpdesk.core.domain.directory
                .ContactId.of("ines")), dev.helpdesk.core.service.OpenTicket.of(
                        dev.helpdesk.core.domain.category.CategoryId.of("other"), "Campi", "Testo")
                .withFields(FieldInputs.builder().set("custom.operating_system", "other").build()));

        Answer page = ines.get(Tickets.path(ticket));
        assertThat(page.html().select("label[for=prop-custom-operating_system]").text())
                .isEqualTo("Sistema operativo");
        assertThat(page.html().select("#prop-custom-operating_system option[selected]").text()).isEqualTo("Altro");
        assertThat(page.html().select("label[for=prop-custom-website]").text()).isEqualTo("Indirizzo del sito");
        assertThat(page.html().select(".property.view-only .property-label").eachText())
                .contains("Numero di contratto");

        Answer form = ines.get("/tickets/new/other");
        assertThat(form.html().select("label[for=field-custom-operating_system]").text())
                .isEqualTo("Sistema operativo");
        assertThat(form.html().select("#field-custom-operating_system option[value=other]").text()).isEqualTo("Altro");

        Answer list = ines.get("/tickets?f.custom.operating_system=other");
        assertThat(list.html().select(".chip").text()).contains("Sistema operativo").contains("Altro");

        Answer english = paola.get("/tickets/new/other");
        assertThat(english.html().select("label[for=field-custom-operating_system]").text())
                .isEqualTo("Operating system");
    }
}
