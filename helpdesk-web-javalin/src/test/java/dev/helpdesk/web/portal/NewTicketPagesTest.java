package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.ProfileChange;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.web.captcha.ProofOfWorkCaptcha;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.PortalClient.Upload;
import dev.helpdesk.web.support.TestPortal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NewTicketPagesTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
            'D', 'R'};
    private static TestPortal portal;
    private static PortalClient paola;

    @BeforeAll
    static void start() {
        portal = TestPortal.start();
        paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void theStepsGoFromCategoryToSubcategoryToTheForm() {
        Answer step1 = paola.get("/tickets/new");
        assertThat(step1.status()).isEqualTo(200);
        Document categories = step1.html();
        assertThat(categories.select(".category-card .category-name").eachText())
                .containsExactly("Control Panel", "Billing Issues", "E-mail Problems", "Website Updates", "Quotes",
                        "Other");
        assertThat(categories.select("#category-email .category-help").text()).contains("mail accounts");
        assertThat(categories.select("#category-email").attr("href")).isEqualTo("/support/tickets/new/email");
        assertThat(categories.select("a[aria-current=page].new-ticket")).hasSize(1);

        Answer step2 = paola.get("/tickets/new/email");
        assertThat(step2.status()).isEqualTo(200);
        assertThat(step2.html().select(".category-card .category-name").eachText())
                .containsExactly("Mail accounts", "Sending and receiving");
        assertThat(step2.html().select("#category-email-delivery").attr("href"))
                .isEqualTo("/support/tickets/new/email/email-delivery");
        assertThat(step2.html().select("form#newticket-form")).as("no form before the subcategory").isEmpty();

        Answer form = paola.get("/tickets/new/email/email-delivery");
        assertThat(form.status()).isEqualTo(200);
        Document page = form.html();
        assertThat(page.select("form#newticket-form").attr("action")).isEqualTo("/support/tickets");
        assertThat(page.select("form#newticket-form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("input[name=category]").attr("value")).isEqualTo("email");
        assertThat(page.select("input[name=subcategory]").attr("value")).isEqualTo("email-delivery");
        assertThat(page.select(".breadcrumb").text()).contains("E-mail Problems").contains("Sending and receiving");
    }

    @Test
    void aCategoryWithoutSubcategoriesGoesStraightToTheForm() {
        Answer billing = paola.get("/tickets/new/billing");
        assertThat(billing.status()).isEqualTo(200);
        assertThat(billing.html().select("input[name=subcategory]").attr("value")).isEmpty();
        assertThat(billing.html().select("select[name=impact]")).as("impact is view-only in billing").isEmpty();
        assertThat(paola.get("/tickets/new/email/email-delivery").html().select("select[name=impact]")).hasSize(1);
    }

    @Test
    void unknownOrMalformedCategoriesAreNotFound() {
        assertThat(paola.get("/tickets/new/nope").status()).isEqualTo(404);
        assertThat(paola.get("/tickets/new/billing/nope").status()).as("billing has no subcategories").isEqualTo(404);
        assertThat(paola.get("/tickets/new/email/control-panel-php").status()).as("a child of another category")
                .isEqualTo(404);
        assertThat(paola.get("/tickets/new/email-delivery").status()).as("a subcategory is no first step")
                .isEqualTo(404);
        assertThat(paola.get("/tickets/new/%20x").status()).isEqualTo(404);
    }

    @Test
    void theFormOffersTheEditableFieldsMarksRequiredOnesAndShowsTheRequesterReadOnly() {
        Document form = paola.get("/tickets/new/email/email-delivery").html();
        assertThat(form.select("select[name=custom.operating_system]").hasAttr("required")).isTrue();
        assertThat(form.select("label[for=field-custom-operating_system]").hasClass("required")).isTrue();
        assertThat(form.select("select[name=custom.operating_system] option").eachAttr("value"))
                .containsExactly("", "windows", "macos", "linux", "other");
        assertThat(form.select("input[name=custom.website]").hasAttr("required")).isFalse();
        assertThat(form.select("[name=custom.internal_score]")).as("hidden field").isEmpty();
        assertThat(form.select("[name=custom.contract]")).as("view-only field").isEmpty();
        assertThat(form.text()).doesNotContain("Internal score").doesNotContain("Contract number");
        assertThat(form.select("select[name=type] option").eachAttr("value"))
                .as("only the types customers may pick").containsExactly("", "question", "incident", "request");
        assertThat(form.select("select[name=priority] option[selected]").attr("value")).isEqualTo("medium");
        assertThat(form.select("input#title").hasAttr("required")).isTrue();
        assertThat(form.select("label[for=title]").hasClass("required")).isTrue();

        assertThat(form.select("dd#requester-name").text()).isEqualTo("Paola Bianchi");
        assertThat(form.select("dd#requester-email").text()).isEqualTo(DemoData.PRIMARY_EMAIL);
        assertThat(form.select("dd#requester-organization").text()).isEqualTo("Acme Srl");
        assertThat(form.select("fieldset.requester input, fieldset.requester select"))
                .as("read-only values are text, not inputs; nothing is sent: the service takes the requester from "
                        + "the session").isEmpty();

        assertThat(form.select("input[type=file][name=attachments]").hasAttr("multiple")).isTrue();
        assertThat(form.select("input[name=captcha_puzzle]").attr("value")).isNotEmpty();
        assertThat(form.select("input[name=captcha_nonce]")).hasSize(1);
        assertThat(form.select("label[for=captcha-answer]").text())
                .isEqualTo("Type the result of the sum shown in the picture:");
        assertThat(form.select("img.captcha-picture").attr("src")).startsWith("data:image/svg+xml;base64,");
    }

    @Test
    void aTicketWithTwoAttachmentsAndTheCaptchaSolvedOpensAndLeadsToItsPage() {
        Answer form = paola.get("/tickets/new/email/email-delivery");
        int before = ticketCount();
        Map<String, String> fields = ticket(form, "Newsletter bounces at Gmail", "Every newsletter comes back.");
        fields.put("priority", "high");
        Answer opened = paola.postMultipart("/tickets", fields, List.of(
                new Upload("attachments", "bounce.txt", "text/plain", "550 rejected".getBytes(StandardCharsets.UTF_8)),
                new Upload("attachments", "screen.png", "image/png", PNG)));

        assertThat(opened.status()).as(opened.body()).isEqualTo(303);
        assertThat(opened.location()).matches("/support/tickets/[A-Za-z0-9_.-]+");
        assertThat(ticketCount()).isEqualTo(before + 1);
        TicketId id = TicketId.of(opened.location().substring("/support/tickets/".length()));
        TicketView ticket = portal.helpdesk().tickets().get(Caller.contact(DemoData.PRIMARY), id);
        assertThat(ticket.subject()).isEqualTo("Newsletter bounces at Gmail");
        assertThat(ticket.subcategory()).map(TicketView.Named::id).contains("email-delivery");
        assertThat(ticket.field(FieldRef.PRIORITY).flatMap(TicketView.FieldView::value)).contains("high");
        assertThat(ticket.field(FieldRef.custom("operating_system")).flatMap(TicketView.FieldView::value))
                .contains("linux");
        assertThat(ticket.messages()).hasSize(1);
        assertThat(ticket.messages().get(0).attachments()).extracting(a -> a.fileName())
                .containsExactlyInAnyOrder("bounce.txt", "screen.png");
        assertThat(ticket.messages().get(0).attachments()).filteredOn(a -> a.fileName().equals("screen.png"))
                .extracting(a -> a.contentType()).containsExactly("image/png");
        assertThat(paola.get("/kb").html().select(".flash").text()).as("the flash on the next page")
                .contains(ticket.reference());
    }

    @Test
    void aMissingTitleShowsTheFormAgainWithTheErrorNextToTheTitleAndEverythingTypedKept() {
        Answer form = paola.get("/tickets/new/email/email-delivery");
        int before = ticketCount();
        Map<String, String> fields = ticket(form, "", "Line one\n  indented *line* two");
        fields.put("custom.website", "https://acme.example");
        fields.put("custom.operating_system", "");
        Answer again = paola.postMultipart("/tickets", fields,
                List.of(new Upload("attachments", "log.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8))));

        assertThat(again.status()).isEqualTo(400);
        assertThat(ticketCount()).isEqualTo(before);
        Document page = again.html();
        assertThat(page.select("#title + #title-error").text()).isEqualTo("This field is required.");
        assertThat(page.select("#title").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("textarea#description").first().wholeText()).isEqualTo("Line one\n  indented *line* two");
        assertThat(page.select("input[name=custom.website]").attr("value")).isEqualTo("https://acme.example");
        assertThat(page.select("#field-custom-operating_system-error").text())
                .as("every missing required field at once").isEqualTo("This field is required.");
        assertThat(page.select("#form-errors").text()).contains("attach your files once more");
        assertThat(page.select("input[name=captcha_puzzle]").attr("value")).as("a fresh puzzle")
                .isNotEqualTo(fields.get("captcha_puzzle"));
    }

    @Test
    void aBadCaptchaIsRefusedWithItsMessageAndCreatesNothing() {
        Answer form = paola.get("/tickets/new/billing");
        int before = ticketCount();
        Map<String, String> fields = ticket(form, "Refund please", "Twice charged.");
        fields.put("captcha_nonce", "not-a-solution");
        Answer refused = paola.postMultipart("/tickets", fields, List.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.html().select("#captcha-error").text()).contains("could not confirm");
        assertThat(refused.html().select("#title").attr("value")).isEqualTo("Refund please");
        assertThat(refused.html().select("#form-errors")).as("no files were sent").isEmpty();
        assertThat(ticketCount()).isEqualTo(before);

        fields.remove("captcha_puzzle");
        assertThat(paola.postMultipart("/tickets", fields, List.of()).status()).as("no puzzle at all").isEqualTo(400);
        assertThat(ticketCount()).isEqualTo(before);
    }

    @Test
    void theSameSolvedCaptchaCannotBeSentTwice() {
        Answer form = paola.get("/tickets/new/billing");
        Map<String, String> fields = ticket(form, "Quote for a new site", "How much?");
        assertThat(paola.postMultipart("/tickets", fields, List.of()).status()).isEqualTo(303);
        int before = ticketCount();
        Answer replay = paola.postMultipart("/tickets", fields, List.of());
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.html().select("#captcha-error")).hasSize(1);
        assertThat(ticketCount()).isEqualTo(before);
    }

    @Test
    void aContactLimitedToBillingIsOfferedOnlyBillingAndCannotOpenElsewhere() {
        String email = KbContent.addBillingOnlyContact(portal.helpdesk());
        PortalClient martha = portal.client().signIn(email, DemoData.PASSWORD);
        assertThat(martha.get("/tickets/new").html().select(".category-card .category-name").eachText())
                .containsExactly("Billing Issues");
        assertThat(martha.get("/tickets/new/email").status()).isEqualTo(404);
        assertThat(martha.get("/tickets/new/email/email-delivery").status()).isEqualTo(404);

        Answer billing = martha.get("/tickets/new/billing");
        assertThat(billing.status()).isEqualTo(200);
        int before = ticketCount();
        Map<String, String> fields = ticket(billing, "Mail is down", "Not billing at all.");
        fields.put("category", "email");
        fields.put("subcategory", "email-delivery");
        Answer refused = martha.postMultipart("/tickets", fields, List.of());
        assertThat(refused.status()).isBetween(400, 499);
        assertThat(refused.body()).doesNotContain("Not billing at all.");
        assertThat(ticketCount()).isEqualTo(before);
    }

    @Test
    void aContactOfTwoOrganizationsChoosesForWhichOneTheTicketIs() {
        PortalClient nina = portal.client().signIn(KbContent.addContactOfTwoOrganizations(portal.helpdesk()),
                DemoData.PASSWORD);
        Answer form = nina.get("/tickets/new/billing");
        assertThat(form.html().select("select[name=organization] option").eachText())
                .containsExactly("— Choose —", "Acme Srl", "Globex");
        Answer unchosen = nina.postMultipart("/tickets", ticket(form, "Invoice for Globex", "Which address?"),
                List.of());
        assertThat(unchosen.status()).isEqualTo(400);
        assertThat(unchosen.html().select("#organization-error").text()).isNotBlank();
        assertThat(unchosen.html().select("#title").attr("value")).isEqualTo("Invoice for Globex");

        Map<String, String> fields = ticket(unchosen, "Invoice for Globex", "Which address?");
        fields.put("organization", "globex");
        Answer opened = nina.postMultipart("/tickets", fields, List.of());
        assertThat(opened.status()).isEqualTo(303);
        TicketView ticket = portal.helpdesk().tickets().get(Caller.agent(DemoData.AGENT),
                TicketId.of(opened.location().substring("/support/tickets/".length())));
        assertThat(ticket.organization().id()).isEqualTo("globex");
    }

    @Test
    void capitalsAndAProbableDuplicateAreWarnedAboutAfterAFailedSubmitButNeverBlock() {
        Answer form = paola.get("/tickets/new/email/email-delivery");
        Map<String, String> fields = ticket(form, "MAIL TO CUSTOMERS BOUNCES", "IT ALL COMES BACK TO US");
        fields.put("custom.operating_system", "");
        Answer again = paola.postMultipart("/tickets", fields, List.of());
        assertThat(again.status()).isEqualTo(400);
        Document page = again.html();
        assertThat(page.select("#title-warning").text()).contains("capital letters");
        assertThat(page.select("#title-warning").hasClass("hidden")).isFalse();
        assertThat(page.select("#description-warning").text()).contains("capital letters");
        assertThat(page.select("#title-similar").text()).contains("already have an open ticket")
                .contains("Mail to customers bounces");
        assertThat(page.select("#title-similar a").attr("href")).startsWith("/support/tickets/");

        Answer form2 = paola.get("/tickets/new/email/email-delivery");
        Answer opened = paola.postMultipart("/tickets", ticket(form2, "MAIL TO CUSTOMERS BOUNCES", "SHOUTING"),
                List.of());
        assertThat(opened.status()).as("a warning never blocks").isEqualTo(303);
    }

    @Test
    void aFreshFormShowsNoWarnings() {
        Document form = paola.get("/tickets/new/billing").html();
        assertThat(form.select("#title-warning").hasClass("hidden")).isTrue();
        assertThat(form.select("#title-similar").hasClass("hidden")).isTrue();
        assertThat(form.select("#suggestions").hasClass("hidden")).isTrue();
    }

    @Test
    void theSimilarTicketsEndpointListsOnlyTheViewersVisibleOpenTickets() {
        Answer mine = paola.get("/api/tickets/similar?title=customers%20mail%20bounces");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.header("Content-Type")).startsWith("application/json");
        assertThat(mine.body()).contains("Mail to customers bounces").contains("\"reference\":\"HD-1\"")
                .contains("/support/tickets/");

        assertThat(paola.get("/api/tickets/similar?title=Globex%20private%20question").body())
                .as("another organization's ticket").doesNotContain("Globex").isEqualTo("{\"tickets\":[]}");

        Caller agent = Caller.agent(DemoData.AGENT);
        TicketView printer = portal.helpdesk().tickets().open(Caller.contact(DemoData.PRIMARY),
                dev.helpdesk.core.service.OpenTicket.of(dev.helpdesk.core.domain.category.CategoryId.of("other"),
                        "Printer jams every morning", "").withFields(
                        dev.helpdesk.core.domain.policy.FieldInputs.builder()
                                .set("custom.operating_system", "linux").build()));
        assertThat(paola.get("/api/tickets/similar?title=printer%20jams").body()).contains("Printer jams every morning");
        portal.helpdesk().tickets().markResolved(agent, printer.id());
        assertThat(paola.get("/api/tickets/similar?title=printer%20jams").body()).as("closed tickets are not open")
                .doesNotContain("Printer jams");

        assertThat(paola.get("/api/tickets/similar?title=the").body()).isEqualTo("{\"tickets\":[]}");
        assertThat(paola.get("/api/tickets/similar").body()).isEqualTo("{\"tickets\":[]}");
    }

    @Test
    void theSuggestionsEndpointListsOnlyArticlesTheViewerMaySee() {
        new KbContent(portal.helpdesk());
        Answer answer = paola.get("/api/kb/suggest?title=mail%20bounces&description=");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.body()).contains("Why mail bounces").contains("/support/kb/articles/")
                .doesNotContain("Globex").doesNotContain("Unfinished draft");
        assertThat(paola.get("/api/kb/suggest?title=the%20and").body()).isEqualTo("{\"articles\":[]}");
        assertThat(paola.get("/api/kb/suggest?title=" + "a".repeat(2001)).status()).isEqualTo(400);

        Answer form = paola.get("/tickets/new/email/email-delivery");
        Map<String, String> fields = ticket(form, "Mail bounces", "");
        fields.put("custom.operating_system", "");
        Document again = paola.postMultipart("/tickets", fields, List.of()).html();
        assertThat(again.select("#suggestions").hasClass("hidden")).isFalse();
        assertThat(again.select("#suggestions a").eachText()).contains("Why mail bounces");
    }

    @Test
    void theScriptEndpointsAnswer401WithoutASession() {
        PortalClient anonymous = portal.client();
        Answer similar = anonymous.get("/api/tickets/similar?title=mail");
        assertThat(similar.status()).isEqualTo(401);
        assertThat(similar.header("Content-Type")).startsWith("application/json");
        assertThat(anonymous.get("/api/kb/suggest?title=mail").status()).isEqualTo(401);
        assertThat(anonymous.get("/tickets/new").status()).isEqualTo(303);
    }

    @Test
    void theFormWithoutACsrfTokenIsRefused() {
        int before = ticketCount();
        Answer answer = paola.postRaw("/tickets", Map.of("category", "billing", "title", "x"));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(ticketCount()).isEqualTo(before);
    }

    @Test
    void theStepsSpeakTheViewersLanguage() {
        portal.helpdesk().accounts().updateProfile(Caller.contact(DemoData.COLLEAGUE), ProfileChange.of("Marco",
                "Rossi", "", DemoData.COLLEAGUE_EMAIL, "", "it"));
        PortalClient italian = portal.client().signIn(DemoData.COLLEAGUE_EMAIL, DemoData.PASSWORD);
        Document categories = italian.get("/tickets/new").html();
        assertThat(categories.select("h1").text()).isEqualTo("Nuovo ticket");
        assertThat(categories.select("#category-billing .category-name").text()).isEqualTo("Fatturazione");
        assertThat(categories.select("#category-other .category-help").text()).contains("non sei sicuro");
        Document form = italian.get("/tickets/new/email/email-delivery").html();
        assertThat(form.select("label[for=field-priority]").text()).isEqualTo("Priorità");
        assertThat(form.select("select[name=priority] option[value=high]").text()).isEqualTo("Alta");
        assertThat(form.select("label[for=field-custom-operating_system]").text()).isEqualTo("Sistema operativo");
        assertThat(form.select("#open-ticket").text()).isEqualTo("Invia ticket");
    }

    /** The form's fields for a ticket in the page's category, with the captcha solved as the page's script would. */
    private static Map<String, String> ticket(Answer form, String title, String description) {
        Document page = form.html();
        String puzzle = page.select("input[name=captcha_puzzle]").attr("value");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", page.select("input[name=category]").attr("value"));
        fields.put("subcategory", page.select("input[name=subcategory]").attr("value"));
        fields.put("title", title);
        fields.put("description", description);
        fields.put("custom.operating_system", "linux");
        fields.put("captcha_puzzle", puzzle);
        fields.put("captcha_nonce", ProofOfWorkCaptcha.solve(puzzle));
        return fields;
    }

    private static int ticketCount() {
        return portal.helpdesk().tickets().list(Caller.agent(DemoData.AGENT), ListTickets.firstPage().ofSize(100))
                .items().size();
    }
}
