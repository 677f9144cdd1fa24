package dev.helpdesk.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.web.support.DemoData;
import dev.helpdesk.web.support.PortalClient;
import dev.helpdesk.web.support.PortalClient.Answer;
import dev.helpdesk.web.support.TestPortal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TicketListPageTest {
    private static final String BOUNCES = "Mail to customers bounces";
    private static final String INVOICE = "Invoice 2026-114 is twice";
    private static final String GLOBEX = "Globex private question";
    private static final String PRINTER = "Printer on fire";
    private static final String VPN = "VPN drops every hour";
    private static final List<String> STATUSES = List.of("opened", "replied", "in_progress", "validation",
            "install_request", "to_do", "closed");
    /** What Paola (primary user of Acme) sees, by status. */
    private static final Map<String, String> ACME_STATUS = Map.of(BOUNCES, "opened", INVOICE, "opened",
            PRINTER, "replied", VPN, "in_progress");

    private static TestPortal portal;
    private static PortalClient paola;

    @BeforeAll
    static void start() {
        portal = TestPortal.start();
        Tickets tickets = new Tickets(portal.helpdesk());
        TicketView printer = tickets.open(DemoData.PRIMARY, "other", PRINTER, "Smoke comes out of the printer.");
        TicketView vpn = tickets.open(DemoData.PRIMARY, "other", VPN, "The tunnel goes down at every full hour.");
        tickets.status(vpn, "in_progress");
        tickets.agentReply(printer, "Please unplug it first.");
        paola = portal.client().signIn(DemoData.PRIMARY_EMAIL, DemoData.PASSWORD);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void aPrimaryUserSeesTheOrganizationsTicketsWithTheirRequesters() {
        Answer page = paola.get("/tickets");

        assertThat(page.status()).isEqualTo(200);
        assertThat(subjects(page)).containsExactlyInAnyOrder(BOUNCES, INVOICE, PRINTER, VPN);
        assertThat(page.html().select("th.col-requester")).hasSize(1);
        Element invoice = row(page, INVOICE);
        assertThat(invoice.select("td.col-requester").text()).contains("Marco Rossi");
        assertThat(invoice.select("td.col-reference").text()).matches("HD-\\d+");
        assertThat(invoice.select("td.col-category").text()).contains("Billing Issues");
        assertThat(invoice.select("td.col-status .badge.kind-open").text()).isEqualTo("Opened");
        assertThat(invoice.select("td.col-updated time").attr("title")).as("the full date on hover").contains("20");
        assertThat(invoice.select("td.col-subject a").attr("href")).startsWith("/support/tickets/");
    }

    @Test
    void aContactOfAnotherOrganizationSeesNoneOfItsTickets() {
        Answer page = portal.client().signIn(DemoData.OUTSIDER_EMAIL, DemoData.PASSWORD).get("/tickets");

        assertThat(subjects(page)).containsExactly(GLOBEX);
        assertThat(page.body()).doesNotContain(BOUNCES).doesNotContain(INVOICE).doesNotContain(PRINTER);
    }

    @Test
    void someoneWhoSeesOnlyTheirOwnTicketsHasNoRequesterColumnAndAnEmptyStateSaysWhatToDo() {
        new Tickets(portal.helpdesk()).newPerson("nina", "nina@initech.example");
        Answer page = portal.client().signIn("nina@initech.example", DemoData.PASSWORD).get("/tickets");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#tickets-table")).isEmpty();
        assertThat(page.html().select("#tickets-empty").text()).contains("no tickets yet");
        assertThat(page.html().select("#tickets-empty a").attr("href")).isEqualTo("/support/tickets/new");
    }

    @Test
    void twoStatusesShowTheTicketsInEitherWithChipsThatRemoveEachOne() {
        Answer page = paola.get("/tickets?status=replied&status=in_progress");

        assertThat(subjects(page)).containsExactlyInAnyOrder(PRINTER, VPN);
        assertThat(page.html().select("#filter-form input[name=status][checked]").eachAttr("value"))
                .containsExactlyInAnyOrder("replied", "in_progress");
        assertThat(page.html().select("#filter-panel").hasAttr("open")).as("the panel shows what filters").isTrue();
        List<String> chips = page.html().select(".chips .chip").eachText();
        assertThat(chips).hasSize(2).anyMatch(c -> c.contains("Replied")).anyMatch(c -> c.contains("In progress"));
        String removeReplied = page.html().select(".chips .chip").stream().filter(c -> c.text().contains("Replied"))
                .findFirst().orElseThrow().select("a").attr("href");
        assertThat(subjects(paola.get(removeReplied.substring("/support".length())))).containsExactly(VPN);
        assertThat(page.html().select("#filter-clear").attr("href")).isEqualTo("/support/tickets");
    }

    @Test
    void anyChoiceOfStatusesListsExactlyTheVisibleTicketsInThem() {
        qt().withExamples(25).forAll(lists().of(integers().between(0, STATUSES.size() - 1)).ofSizeBetween(0, 4))
                .checkAssert(picks -> {
                    Set<String> chosen = picks.stream().map(STATUSES::get).collect(Collectors.toCollection(TreeSet::new));
                    String query = chosen.stream().map(s -> "status=" + s).collect(Collectors.joining("&"));
                    Set<String> expected = ACME_STATUS.entrySet().stream()
                            .filter(e -> chosen.isEmpty() || chosen.contains(e.getValue())).map(Map.Entry::getKey)
                            .collect(Collectors.toSet());
                    assertThat(new HashSet<>(subjects(paola.get("/tickets?" + query)))).as(query).isEqualTo(expected);
                });
    }

    @Test
    void otherVisibleFieldsFilterToo() {
        Answer byCategory = paola.get("/tickets?category=billing");
        assertThat(subjects(byCategory)).containsExactly(INVOICE);
        assertThat(byCategory.html().select("#filter-category option[selected]").attr("value")).isEqualTo("billing");

        Answer byField = paola.get("/tickets?f.custom.operating_system=windows");
        assertThat(subjects(byField)).containsExactly(INVOICE);
        assertThat(byField.html().select(".chips .chip").text()).contains("Operating system: Windows");
    }

    @Test
    void theFilterPanelOffersOnlyFieldsTheViewerMaySee() {
        Answer page = paola.get("/tickets");

        assertThat(page.html().select("#filter-form select").eachAttr("name"))
                .contains("category", "f.type", "f.priority", "f.custom.operating_system")
                .doesNotContain("f.custom.internal_score");
        assertThat(page.body()).doesNotContain("Internal score");
    }

    @Test
    void searchingFindsByWordsAndKeepsTheFilters() {
        assertThat(subjects(paola.get("/tickets?q=bounces"))).containsExactly(BOUNCES);
        assertThat(subjects(paola.get("/tickets?q=unplug"))).as("words of messages count").containsExactly(PRINTER);

        Answer filtered = paola.get("/tickets?q=printer&status=replied");
        assertThat(subjects(filtered)).containsExactly(PRINTER);
        assertThat(filtered.html().select("#tickets-search input[type=hidden][name=status]").eachAttr("value"))
                .as("the search form keeps the filters").containsExactly("replied");
        assertThat(filtered.html().select("#tickets-q").attr("value")).isEqualTo("printer");
        assertThat(filtered.html().select("#filter-form input[type=hidden][name=q]").attr("value"))
                .as("the filter form keeps the search").isEqualTo("printer");
        assertThat(filtered.html().select("#tickets-sort option[selected]").attr("value")).isEqualTo("relevance");

        Answer none = paola.get("/tickets?q=printer&status=opened");
        assertThat(subjects(none)).isEmpty();
        assertThat(none.html().select("#tickets-empty").text()).contains("No ticket matches");
    }

    @Test
    void sortingOrdersByLastUpdateOrByCreation() {
        assertThat(subjects(paola.get("/tickets?sort=updated")).subList(0, 2)).containsExactly(PRINTER, VPN);
        assertThat(subjects(paola.get("/tickets?sort=created")).subList(0, 2)).containsExactly(VPN, PRINTER);
        assertThat(paola.get("/tickets?sort=created").html().select("#tickets-sort option[selected]").attr("value"))
                .isEqualTo("created");
        assertThat(paola.get("/tickets?sort=priority").status()).isEqualTo(200);
    }

    @Test
    void invalidFilterValuesAreA400NamingTheParameter() {
        Answer status = paola.get("/tickets?status=nope");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.html().select(".error-message").text()).isEqualTo("The value of Status is not valid.");

        Answer hidden = paola.get("/tickets?f.custom.internal_score=3");
        assertThat(hidden.status()).isEqualTo(400);
        assertThat(hidden.body()).doesNotContain("Internal score");

        assertThat(paola.get("/tickets?f.priority=urgent").html().select(".error-message").text())
                .isEqualTo("The value of Priority is not valid.");
        assertThat(paola.get("/tickets?category=nowhere").status()).isEqualTo(400);
        assertThat(paola.get("/tickets?sort=sideways").html().select(".error-message").text())
                .isEqualTo("The value of Sort by is not valid.");
        assertThat(paola.get("/tickets?size=0").status()).isEqualTo(400);
        assertThat(paola.get("/tickets?after=not-a-cursor").status()).isEqualTo(400);
        assertThat(paola.get("/tickets?q=" + "x".repeat(501)).status()).isEqualTo(400);
    }

    @Test
    void moreTicketsThanAPageArePagedWithNextAndBackToTheFirstPage() {
        try (TestPortal big = TestPortal.start()) {
            Tickets tickets = new Tickets(big.helpdesk());
            for (int i = 1; i <= 26; i++) {
                tickets.open(DemoData.OUTSIDER, "other", "Question number " + i, "Body " + i);
            }
            PortalClient olga = big.client().signIn(DemoData.OUTSIDER_EMAIL, DemoData.PASSWORD);

            Answer first = olga.get("/tickets");
            assertThat(subjects(first)).hasSize(25).startsWith("Question number 26");
            assertThat(first.html().select("#page-first")).isEmpty();
            String next = first.html().select("#page-next").attr("href");
            assertThat(next).contains("after=");

            Answer second = olga.get(next.substring("/support".length()));
            assertThat(subjects(second)).hasSize(2).containsExactly("Question number 1", GLOBEX);
            assertThat(second.html().select("#page-next")).isEmpty();
            assertThat(second.html().select("#page-first").attr("href")).isEqualTo("/support/tickets");

            Answer small = olga.get("/tickets?size=10&q=question");
            assertThat(subjects(small)).hasSize(10);
            assertThat(small.html().select("#page-next").attr("href")).contains("size=10").contains("q=question");
        }
    }

    private static List<String> subjects(Answer page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return page.html().select("#tickets-table td.col-subject").eachText();
    }

    private static Element row(Answer page, String subject) {
        return page.html().select("#tickets-table tr.ticket-row").stream()
                .filter(r -> r.select("td.col-subject").text().equals(subject)).findFirst().orElseThrow();
    }
}
