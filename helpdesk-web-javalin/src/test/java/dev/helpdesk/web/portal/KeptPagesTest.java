package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.HeldVersionStorage;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.TestPortal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tickets list and the ticket page are sent again from the page cache while the storage's data version stays
 * the same. The version is held by hand here ({@link HeldVersionStorage}), so that a page still showing the state
 * before a commit proves it came from the cache; with a real storage every commit moves the version.
 */
class KeptPagesTest {
    private TestPortal portal;
    private HeldVersionStorage storage;

    private Tickets start(Consumer<dev.helpdesk.web.PortalConfig> config) {
        storage = new HeldVersionStorage();
        portal = TestPortal.start(builder -> builder.storage(storage), config);
        return new Tickets(portal.helpdesk());
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    @Test
    void theListIsSentAgainUntilTheDataVersionMoves() {
        Tickets tickets = start(config -> { });
        PortalClient paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        Answer before = paola.get("/tickets");

        tickets.open(DemoData.COLLEAGUE, "other", "Coffee machine leaks", "Water everywhere.");
        Answer held = paola.get("/tickets");
        storage.advance();
        Answer moved = paola.get("/tickets");

        assertThat(held.bytes()).as("the kept page, the version being held").isEqualTo(before.bytes());
        assertThat(held.body()).doesNotContain("Coffee machine leaks");
        assertThat(moved.body()).as("made again once the version moved").contains("Coffee machine leaks");
    }

    @Test
    void requestsForAPageBeingMadeWaitForItInsteadOfMakingItToo() throws Exception {
        start(config -> { });
        PortalClient paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        paola.get("/tickets");
        storage.advance();
        storage.searchesTake(Duration.ofMillis(300));
        int before = storage.searches();

        java.util.concurrent.ExecutorService browsers = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Answer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                answers.add(browsers.submit(() -> paola.get("/tickets")));
            }
            for (java.util.concurrent.Future<Answer> answer : answers) {
                assertThat(answer.get().status()).isEqualTo(200);
            }
        } finally {
            browsers.shutdown();
        }

        assertThat(storage.searches() - before).as("eight requests at once, one page made").isEqualTo(1);
    }

    @Test
    void aRealStorageShowsEveryCommitAtOnce() {
        portal = TestPortal.start();
        Tickets tickets = new Tickets(portal.helpdesk());
        PortalClient paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        TicketView ticket = tickets.open(DemoData.COLLEAGUE, "other", "Coffee machine leaks", "Water everywhere.");
        assertThat(paola.get("/tickets").body()).contains("Coffee machine leaks");
        assertThat(paola.get(Tickets.path(ticket)).body()).doesNotContain("Please turn off the water.");

        tickets.agentReply(ticket, "Please turn off the water.");
        tickets.open(DemoData.COLLEAGUE, "other", "Kettle leaks too", "More water.");

        assertThat(paola.get(Tickets.path(ticket)).body()).contains("Please turn off the water.");
        assertThat(paola.get("/tickets").body()).contains("Kettle leaks too");
    }

    @Test
    void theRequesterColumnFollowsAChangeOfSharingAtOnce() {
        portal = TestPortal.start();
        Tickets tickets = new Tickets(portal.helpdesk());
        tickets.open(tickets.newPerson("nina", "nina@initech.example"), "other", "Nina's question", "Hello.");
        PortalClient nina = portal.client().signIn("nina@initech.example", DemoData.PASSWORD);
        assertThat(nina.get("/tickets").html().select("th.col-requester")).as("her own tickets only").isEmpty();

        portal.helpdesk().directory().save(dev.helpdesk.core.domain.directory.Organization.of("nina-org",
                "nina Ltd", dev.helpdesk.core.domain.directory.SharingMode.MEMBERS_VIEW));

        assertThat(nina.get("/tickets").html().select("th.col-requester"))
                .as("members now see each other's tickets").hasSize(1);
    }

    @Test
    void aKeptPageIsOnlyForTheSessionItWasMadeFor() {
        Tickets tickets = start(config -> { });
        TicketView acme = tickets.open(DemoData.PRIMARY, "other", "Acme only", "Private to Acme.");
        PortalClient paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        PortalClient paolaElsewhere = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        PortalClient olga = portal.client().signIn(DemoData.OUTSIDER_EMAIL, DemoData.PASSWORD);
        String elsewhereToken = csrfOf(paolaElsewhere.get("/profile"));
        Answer paolasList = paola.get("/tickets");
        assertThat(paola.get(Tickets.path(acme)).status()).isEqualTo(200);

        Answer olgasList = olga.get("/tickets");
        Answer olgasTicket = olga.get(Tickets.path(acme));
        Answer otherSession = paolaElsewhere.get("/tickets");

        assertThat(paolasList.body()).contains("Acme only");
        assertThat(olgasList.body()).as("another contact, same URL").doesNotContain("Acme only");
        assertThat(olgasTicket.status()).as("another contact, a kept ticket page").isEqualTo(404);
        assertThat(olgasTicket.body()).doesNotContain("Private to Acme");
        assertThat(csrfOf(otherSession)).as("the same contact in another session gets its own token")
                .isEqualTo(elsewhereToken).isNotEqualTo(csrfOf(paolasList));
    }

    @Test
    void eachLanguageAndQueryHasItsOwnPage() {
        start(config -> { });
        PortalClient paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        Answer english = paola.acceptLanguage("en").get("/tickets");
        Answer italian = paola.acceptLanguage("it").get("/tickets");
        Answer searched = paola.acceptLanguage("it").get("/tickets?q=nothing-like-this");

        assertThat(english.html().select("html").attr("lang")).isEqualTo("en");
        assertThat(italian.html().select("html").attr("lang")).isEqualTo("it");
        assertThat(searched.body()).isNotEqualTo(italian.body()).contains("nothing-like-this");
    }

    @Test
    void aMessageShownOnceIsNeitherTakenFromNorKeptInTheCache() {
        Tickets tickets = start(config -> { });
        TicketView ticket = tickets.open(DemoData.PRIMARY, "other", "Printer on fire", "Smoke.");
        PortalClient paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        assertThat(paola.get(Tickets.path(ticket)).html().select(".flash")).isEmpty();

        Answer sent = paola.postMultipart(Tickets.path(ticket) + "/reply", Map.of("body", "It is out now."),
                List.of());
        Answer afterReply = paola.get(Tickets.path(ticket));
        Answer again = paola.get(Tickets.path(ticket));

        assertThat(sent.status()).isEqualTo(303);
        assertThat(afterReply.html().select(".flash").text()).isEqualTo("Your reply was sent.");
        assertThat(again.html().select(".flash")).as("shown once, even with the version held").isEmpty();
    }

    @Test
    void pagesAreMadeAgainAfterTheirMaxAgeOrAlwaysWhenTheCacheIsOff() throws Exception {
        Tickets tickets = start(config -> config.pageCacheMaxAge = Duration.ofMillis(200));
        PortalClient paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        paola.get("/tickets");
        tickets.open(DemoData.COLLEAGUE, "other", "Coffee machine leaks", "Water everywhere.");
        Thread.sleep(400);
        assertThat(paola.get("/tickets").body()).as("older than its max age").contains("Coffee machine leaks");
        portal.close();

        tickets = start(config -> config.pageCacheBytes = 0);
        paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
        paola.get("/tickets");
        tickets.open(DemoData.COLLEAGUE, "other", "Kettle leaks too", "More water.");
        assertThat(paola.get("/tickets").body()).as("no cache at all").contains("Kettle leaks too");
    }

    private static String csrfOf(Answer page) {
        return page.html().select("input[name=_csrf]").first().attr("value");
    }
}
