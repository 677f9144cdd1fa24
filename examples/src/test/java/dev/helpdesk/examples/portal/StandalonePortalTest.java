package dev.helpdesk.examples.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.service.AddMessage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.ProfileChange;
import dev.helpdesk.core.service.ProfileView;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.examples.portal.demo.DemoData;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone portal on a temporary SQLite file and a free port, used over HTTP as a browser would. */
class StandalonePortalTest {
    @TempDir
    static Path directory;
    private static StandalonePortal portal;

    @BeforeAll
    static void start() {
        portal = StandalonePortal.start(new PortalOptions(directory.resolve("demo.db"), "127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aNewDatabaseGetsTheDemoDataAndTheBaseUrlOfThisRun() {
        assertThat(portal.seeded()).isTrue();
        assertThat(portal.helpdesk().portalSettings().get().baseUrl())
                .isEqualTo("http://localhost:" + portal.port() + "/support");
        assertThat(DevKeyset.fileFor(directory.resolve("demo.db"))).exists();
    }

    @Test
    void theRootLeadsToThePortal() {
        HttpResponse<String> root = new Browser(portal.origin()).get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/support/");
    }

    @Test
    void theDemoPrimaryUserSignsInOverHttp() {
        Browser browser = new Browser(portal.origin());
        HttpResponse<String> form = browser.get("/support/sign-in");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(browser.csrf()).isNotBlank();
        assertThat(browser.cookie("hd_session")).as("no session for a visitor").isNull();

        HttpResponse<String> signedIn = browser.post("/support/sign-in",
                Map.of("email", DemoData.PRIMARY_EMAIL, "password", DemoData.PASSWORD));

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/support/tickets");
        assertThat(browser.cookie("hd_session")).isNotBlank();
    }

    @Test
    void aWrongPasswordIsRefused() {
        Browser browser = new Browser(portal.origin());
        browser.get("/support/sign-in");
        HttpResponse<String> refused = browser.post("/support/sign-in",
                Map.of("email", DemoData.PRIMARY_EMAIL, "password", "not-the-password"));
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void aPasswordResetCodeArrivesOnTheSentMailPageAndWorks() {
        // an unknown address first: it must send nothing (no account enumeration through mail either)
        portal.helpdesk().accounts().requestPasswordReset("nobody@acme.example");
        portal.helpdesk().accounts().requestPasswordReset(DemoData.COLLEAGUE_EMAIL);

        // other tests request resets too: read the code of the mail sent to this address
        String page = mailPageWhen(html -> html.contains("<dd class=\"to\">" + DemoData.COLLEAGUE_EMAIL + "</dd>")
                && html.contains("Your password reset code"));

        assertThat(page).doesNotContain("nobody@acme.example");
        String mail = java.util.Arrays.stream(page.split("<article")).filter(article -> article.contains(
                "<dd class=\"to\">" + DemoData.COLLEAGUE_EMAIL + "</dd>") && article.contains("Your code:"))
                .findFirst().orElseThrow();
        Matcher code = Pattern.compile("Your code: (\\S+)").matcher(mail);
        assertThat(code.find()).as("a code in the mail").isTrue();
        portal.helpdesk().accounts().resetPassword(DemoData.COLLEAGUE_EMAIL, code.group(1), "a-new-demo-password-1");
        assertThat(portal.helpdesk().accounts().signIn(DemoData.COLLEAGUE_EMAIL, "a-new-demo-password-1").contact())
                .isEqualTo(DemoData.COLLEAGUE);
    }

    @Test
    void theSentMailPageEscapesWhatCustomersTyped() {
        portal.helpdesk().tickets().open(Caller.contact(DemoData.PRIMARY), OpenTicket.of(CategoryId.of("other"),
                "<script>alert('subject')</script> & more", "Body")
                .withFields(FieldInputs.builder().set("custom.operating_system", "linux").build()));

        HttpResponse<String> page = new Browser(portal.origin()).get(StandalonePortal.MAIL_PAGE);
        // other tests open tickets too: wait for this one's mail, not just any "Request received"
        String html = mailPageWhen(text -> text.contains("Request received: &lt;script&gt;"));

        assertThat(html).contains("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt; &amp; more")
                .doesNotContain("<script>");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).startsWith("default-src 'none'").doesNotContain("unsafe-inline"));
    }

    @Test
    void theRequestReceivedMailLinksToTheTicketItself() {
        TicketView ticket = portal.helpdesk().tickets().open(Caller.contact(DemoData.PRIMARY), OpenTicket.of(
                CategoryId.of("other"), "Where does the mail link lead?", "Body").withFields(FieldInputs.builder()
                .set("custom.operating_system", "linux").build()));

        String body = mailTo(DemoData.PRIMARY_EMAIL, "[" + ticket.reference() + "] Request received: Where does the "
                + "mail link lead?").body();

        String link = "http://localhost:" + portal.port() + "/support/tickets/" + ticket.id().value();
        assertThat(body).contains(ticket.reference() + ": " + link + "\n");
        Browser browser = new Browser(portal.origin());
        browser.get("/support/sign-in");
        browser.post("/support/sign-in", Map.of("email", DemoData.PRIMARY_EMAIL, "password", DemoData.PASSWORD));
        HttpResponse<String> page = browser.get(link.substring(link.indexOf("/support/")));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Where does the mail link lead?");
    }

    @Test
    void anAgentReplyIsMailedToTheRequesterAndAnInternalNoteToNobody() {
        TicketSummaryView ticket = portal.helpdesk().tickets().list(Caller.contact(DemoData.OUTSIDER),
                ListTickets.firstPage()).items().get(0);
        portal.helpdesk().tickets().addInternalNote(Caller.agent(DemoData.AGENT),
                AddMessage.of(ticket.id(), "Internal: Globex pays late"));
        portal.helpdesk().tickets().reply(Caller.agent(DemoData.AGENT),
                AddMessage.of(ticket.id(), "Public answer for Olga"));

        String page = mailPageWhen(html -> html.contains("Public answer for Olga"));

        assertThat(page).contains("[" + ticket.reference() + "] New reply", DemoData.OUTSIDER_EMAIL)
                .doesNotContain("Globex pays late");
    }

    @Test
    void aContactsMailSpeaksTheLanguageOfTheirAccountWithTimesInTheZoneOfTheirOrganization() {
        portal.helpdesk().directory().save(new Organization(OrganizationId.of("roma"), "Roma Srl",
                ZoneId.of("Europe/Rome"), Locale.ENGLISH, SharingMode.OWN_TICKETS_ONLY));
        ContactId giulia = invited("giulia", "Giulia", "giulia@roma.example");
        ContactId emma = invited("emma", "Emma", "emma@roma.example");
        portal.helpdesk().accounts().updateProfile(Caller.contact(giulia),
                ProfileChange.of("Giulia", "Verdi", "", "giulia@roma.example", "", "it"));

        TicketView italian = openedAndAnswered(giulia, "Stampante bloccata");
        TicketView english = openedAndAnswered(emma, "Printer stuck");
        portal.helpdesk().accounts().requestPasswordReset("giulia@roma.example");
        portal.helpdesk().accounts().requestPasswordReset("emma@roma.example");
        Caller agent = Caller.agent(DemoData.AGENT);
        portal.helpdesk().tickets().changeStatus(agent, italian.id(),
                portal.helpdesk().tickets().get(agent, italian.id()).version(), "in_progress");

        assertThat(mailTo("giulia@roma.example", "[" + italian.reference() + "] Nuova risposta: Stampante bloccata")
                .body()).startsWith("Ciao Giulia,\n\n").contains("Wendy Support ha risposto:", "Risolto subito.");
        assertThat(mailTo("giulia@roma.example", "Il tuo codice per reimpostare la password").body())
                .contains("Il tuo codice: ", "(Europe/Rome)", "«Password dimenticata?»")
                .doesNotContain("Your code");
        assertThat(mailTo("giulia@roma.example", "[" + italian.reference() + "] Stato cambiato: Stampante bloccata")
                .body()).contains("la tua richiesta ora è nello stato «In lavorazione».");
        assertThat(mailTo("emma@roma.example", "[" + english.reference() + "] New reply: Printer stuck").body())
                .startsWith("Hello Emma,\n\n").contains("Wendy Support replied:");
        assertThat(mailTo("emma@roma.example", "Your password reset code").body())
                .contains("Your code: ", "(Europe/Rome)", "\"Forgot your password?\"");
    }

    /** A contact of the Roma organization with portal access (no password: a reset code needs none). */
    private static ContactId invited(String id, String firstName, String email) {
        ContactId contact = ContactId.of(id);
        portal.helpdesk().directory().save(new Contact(contact, firstName, "Tester", EmailAddress.of(email), Set.of(),
                List.of(Membership.member(OrganizationId.of("roma")))));
        portal.helpdesk().accounts().invite(Caller.agent(DemoData.AGENT), contact);
        return contact;
    }

    private static TicketView openedAndAnswered(ContactId requester, String subject) {
        TicketView ticket = portal.helpdesk().tickets().open(Caller.contact(requester), OpenTicket.of(
                CategoryId.of("other"), subject, "Body").withFields(FieldInputs.builder()
                .set("custom.operating_system", "linux").build()));
        portal.helpdesk().tickets().reply(Caller.agent(DemoData.AGENT), AddMessage.of(ticket.id(), "Risolto subito."));
        return ticket;
    }

    @Test
    void aNewAddressGetsTheLinkThatConfirmsItAndTheOldAddressIsTold() {
        Caller olga = Caller.contact(DemoData.OUTSIDER);
        ProfileView before = portal.helpdesk().accounts().profile(olga);
        String newEmail = "olga.new@globex.example";
        portal.helpdesk().accounts().updateProfile(olga, ProfileChange.of(before.firstName(), before.lastName(),
                before.jobTitle(), newEmail, before.phone(), before.language().code())
                .confirmedWith(DemoData.PASSWORD));

        SentMail link = mailTo(newEmail);
        SentMail notice = mailTo(DemoData.OUTSIDER_EMAIL);
        assertThat(notice.body()).as("the old address is told, and not given the link").contains(newEmail)
                .doesNotContain("/profile/email/confirm");
        Matcher code = Pattern.compile("/profile/email/confirm\\?email=[^&\\s]+&code=([a-z2-7-]+)")
                .matcher(link.body());
        assertThat(code.find()).as("the link in the mail to the new address").isTrue();
        assertThat(portal.helpdesk().accounts().profile(olga).email().value()).isEqualTo(DemoData.OUTSIDER_EMAIL);

        portal.helpdesk().accounts().confirmEmailChange(code.group(1), newEmail);
        assertThat(portal.helpdesk().accounts().profile(olga).email().value()).isEqualTo(newEmail);
    }

    /** Waits for a mail to {@code to}: the mailer works in the background. */
    private static SentMail mailTo(String to) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<SentMail> mail = portal.mailbox().mails().stream().filter(m -> m.to().equals(to)).findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            sleep();
        }
        throw new AssertionError("no mail to " + to + "; sent: " + portal.mailbox().mails());
    }

    /** Waits for the mail to {@code to} with this subject: the mailer works in the background. */
    private static SentMail mailTo(String to, String subject) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<SentMail> mail = portal.mailbox().mails().stream()
                    .filter(m -> m.to().equals(to) && m.subject().equals(subject)).findFirst();
            if (mail.isPresent()) {
                return mail.get();
            }
            sleep();
        }
        throw new AssertionError("no mail to " + to + " with the subject \"" + subject + "\"; sent: "
                + portal.mailbox().mails());
    }

    /** Reads the sent-mail page until it shows what is expected: the mailer works in the background. */
    private static String mailPageWhen(Predicate<String> expected) {
        Browser browser = new Browser(portal.origin());
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String html = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> page = browser.get(StandalonePortal.MAIL_PAGE);
            assertThat(page.statusCode()).isEqualTo(200);
            html = page.body();
            if (expected.test(html)) {
                return html;
            }
            sleep();
        }
        throw new AssertionError("the sent-mail page never showed the expected mail:\n" + html);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
