package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Directory.aContact;
import static dev.helpdesk.core.fixture.Directory.aTeam;
import static dev.helpdesk.core.fixture.Directory.anAgent;
import static dev.helpdesk.core.fixture.Directory.anOrganization;
import static dev.helpdesk.core.fixture.Tickets.aTicket;
import static dev.helpdesk.core.fixture.Tickets.at;
import static dev.helpdesk.core.fixture.Tickets.nextVersionOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.SearchTerms;
import dev.helpdesk.core.domain.ticket.SortKey;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketAccess;
import dev.helpdesk.core.domain.ticket.TicketFilter;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketQuery;
import dev.helpdesk.core.domain.ticket.TicketSort;
import dev.helpdesk.core.domain.ticket.TicketSummary;
import dev.helpdesk.core.domain.ticket.VisibilityScope;
import dev.helpdesk.core.fixture.Directory;
import dev.helpdesk.core.port.Storage;
import dev.helpdesk.core.port.TicketSearch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link TicketSearch}: exactly the tickets {@link TicketQuery#matches} accepts, in {@link SortKey#LIST_ORDER}
 * of {@link TicketQuery#sortKey}, at most {@code limit}; pages joined by their cursors are the whole result.
 *
 * <p>Every example states its expected ticket numbers in list order, and also checks that this expectation agrees
 * with the domain's reference meaning (so a wrong example fails as a suite bug, not as an adapter bug). A
 * property test then compares the adapter with the reference on generated tickets and queries.
 */
public abstract class TicketSearchContract extends PortContract {
    private static final List<String> PRIORITY_ORDER = List.of("low", "normal", "high", "urgent");
    private static final VisibilityScope EVERYTHING = new VisibilityScope.Everything();
    private static final FieldRef PRODUCT = FieldRef.custom("product");
    private static final FieldRef MODULES = FieldRef.custom("modules");
    private static final FieldRef SERIAL = FieldRef.custom("serial");

    /** The latest state of every ticket this test stored, for the reference answer. */
    private final Map<TicketId, Ticket> stored = new LinkedHashMap<>();

    // ----------------------------------------------------------------------------------------------- helpers

    private void given(Ticket... tickets) {
        inTransaction(() -> {
            for (Ticket ticket : tickets) {
                storage().tickets().insert(ticket);
            }
        });
        for (Ticket ticket : tickets) {
            stored.put(ticket.id(), ticket);
        }
    }

    private void updated(Ticket ticket) {
        inTransaction(() -> storage().tickets().update(ticket));
        stored.put(ticket.id(), ticket);
    }

    private List<TicketSummary> search(TicketQuery query) {
        return storage().ticketSearch().search(query);
    }

    private static List<Long> numbers(List<TicketSummary> summaries) {
        return summaries.stream().map(s -> s.number().value()).toList();
    }

    /** Asserts the search finds exactly these tickets, in this order, each as stored. */
    private void assertFinds(TicketQuery query, long... expectedInOrder) {
        List<Long> expected = Arrays.stream(expectedInOrder).boxed().toList();
        List<TicketSummary> reference = SearchCases.reference(List.copyOf(stored.values()), query);
        assertThat(numbers(reference))
                .as("the suite's expectation agrees with TicketQuery.matches and SortKey.LIST_ORDER (else the suite "
                        + "itself is wrong) for " + SearchCases.describe(query))
                .isEqualTo(expected);
        List<TicketSummary> found = search(query);
        assertThat(numbers(found)).as(adapter("finds tickets " + expected + " in this order for "
                + SearchCases.describe(query))).isEqualTo(expected);
        assertThat(found).as(adapter("gives each found ticket's summary as stored")).isEqualTo(reference);
    }

    private static QueryBuilder query(VisibilityScope scope) {
        return new QueryBuilder(scope);
    }

    private static QueryBuilder everything() {
        return query(EVERYTHING);
    }

    private static final class QueryBuilder {
        private final VisibilityScope scope;
        private TicketFilter filter = TicketFilter.NONE;
        private Optional<SearchTerms> text = Optional.empty();
        private TicketSort sort = TicketSort.UPDATED;
        private Optional<SortKey> after = Optional.empty();
        private int limit = TicketQuery.MAX_LIMIT;

        QueryBuilder(VisibilityScope scope) {
            this.scope = scope;
        }

        QueryBuilder filter(TicketFilter.Builder value) {
            filter = value.build();
            return this;
        }

        QueryBuilder text(String typed) {
            text = SearchTerms.parse(typed);
            return this;
        }

        QueryBuilder sort(TicketSort value) {
            sort = value;
            return this;
        }

        QueryBuilder after(SortKey value) {
            after = Optional.of(value);
            return this;
        }

        QueryBuilder limit(int value) {
            limit = value;
            return this;
        }

        TicketQuery build() {
            return new TicketQuery(scope, filter, text, sort, PRIORITY_ORDER, after, limit);
        }
    }

    private static TicketFilter.Builder where() {
        return TicketFilter.builder();
    }

    // ------------------------------------------------------------------------------------------- visibility

    private final Organization acme = anOrganization("acme", SharingMode.MEMBERS_VIEW);
    private final Organization globex = anOrganization("globex", SharingMode.OWN_TICKETS_ONLY);
    private final Team billingTeam = aTeam("billing-team");
    private final Team networkTeam = aTeam("network-team");

    /** Nine tickets of two organizations (and one elsewhere); ticket n is updated at minute n. */
    private void givenTicketsOfTwoOrganizations() {
        given(aTicket().number(1).requester("bob").organization(acme).category("billing").updatedAt(at(1)).build(),
                aTicket().number(2).requester("alice").organization(acme).category("network").updatedAt(at(2)).build(),
                aTicket().number(3).requester("carol").organization(acme).category("hardware").updatedAt(at(3)).build(),
                aTicket().number(4).requester("dave").organization(globex).category("billing").updatedAt(at(4)).build(),
                aTicket().number(5).requester("erin").organization(globex).category("network")
                        .assignedTo(AgentId.of("ann")).updatedAt(at(5)).build(),
                aTicket().number(6).requester("dave").organization(globex).category("network").subcategory("vpn")
                        .updatedAt(at(6)).build(),
                aTicket().number(7).requester("alice").organization("initech").category("hardware").updatedAt(at(7))
                        .build(),
                aTicket().number(8).requester("bob").organization(acme).category("hardware")
                        .assignedToTeam(networkTeam.id()).updatedAt(at(8)).build(),
                aTicket().number(9).requester("erin").organization(globex).category("hardware")
                        .assignedToTeam(billingTeam.id()).updatedAt(at(9)).build());
    }

    private VisibilityScope customerScope(Directory.ContactBuilder contact) {
        return TicketAccess.scopeOf(Directory.customer(contact.build(), acme, globex));
    }

    @Test
    public void aCustomerOfAnOrganizationSharingNothingSeesTheirOwnTicketsOnly() {
        givenTicketsOfTwoOrganizations();
        assertFinds(query(customerScope(aContact("dave").memberOf(globex))).build(), 6, 4);
        assertFinds(query(customerScope(aContact("erin").memberOf(globex))).build(), 9, 5);
    }

    @Test
    public void aCustomerWithNoTicketsAndNoGrantSeesNothing() {
        givenTicketsOfTwoOrganizations();
        assertFinds(query(customerScope(aContact("gina").memberOf(globex))).build());
        assertFinds(query(new VisibilityScope.Customer(ContactId.of("nobody"), List.of())).build());
    }

    @Test
    public void aPrimaryUserSeesTheWholeOrganizationAndTheirOwnTickets() {
        givenTicketsOfTwoOrganizations();
        assertFinds(query(customerScope(aContact("alice").primaryUserOf(acme))).build(), 8, 7, 3, 2, 1);
        assertFinds(query(customerScope(aContact("frank").primaryUserOf(globex))).build(), 9, 6, 5, 4);
    }

    @Test
    public void aMemberOfAnOrganizationSharingTicketsSeesItsTickets() {
        givenTicketsOfTwoOrganizations();
        assertFinds(query(customerScope(aContact("bob").memberOf(acme))).build(), 8, 3, 2, 1);
    }

    @Test
    public void aMemberLimitedToCategoriesSeesColleaguesTicketsOnlyInThoseAndAllTheirOwn() {
        givenTicketsOfTwoOrganizations();
        assertFinds(query(customerScope(aContact("carol").memberOf(acme, "billing"))).build(), 3, 1);
        assertFinds(query(customerScope(aContact("carol").memberOf(acme, "billing", "network"))).build(), 3, 2, 1);
    }

    @Test
    public void aCustomerWithGrantsInTwoOrganizationsSeesBoth() {
        givenTicketsOfTwoOrganizations();
        VisibilityScope scope = new VisibilityScope.Customer(ContactId.of("zoe"), List.of(
                new VisibilityScope.OrganizationGrant(acme.id(), Set.of(CategoryId.of("network"))),
                new VisibilityScope.OrganizationGrant(globex.id(), Set.of(CategoryId.of("billing"),
                        CategoryId.of("hardware")))));
        assertFinds(query(scope).build(), 9, 4, 2);
    }

    @Test
    public void staffSeeTheirTeamsCategoriesAndWhatIsAssignedToThemOrTheirTeams() {
        givenTicketsOfTwoOrganizations();
        Agent ann = anAgent("ann").inTeams(billingTeam).build();
        Agent ben = anAgent("ben").inTeams(networkTeam).build();
        assertFinds(query(TicketAccess.scopeOf(Directory.staff(ann, "billing", "vpn"))).build(), 9, 6, 5, 4, 1);
        assertFinds(query(TicketAccess.scopeOf(Directory.staff(ben, "network"))).build(), 8, 6, 5, 2);
    }

    @Test
    public void staffWithoutCategoriesOrAssignmentsSeeNothing() {
        givenTicketsOfTwoOrganizations();
        Agent cleo = anAgent("cleo").inTeams(aTeam("nobody-team")).build();
        assertFinds(query(TicketAccess.scopeOf(Directory.staff(cleo))).build());
    }

    @Test
    public void anAdminSeesEverything() {
        givenTicketsOfTwoOrganizations();
        Agent root = anAgent("root").admin().build();
        assertFinds(query(TicketAccess.scopeOf(Directory.staff(root))).build(), 9, 8, 7, 6, 5, 4, 3, 2, 1);
    }

    @Test
    public void anEmptyStorageFindsNothing() {
        assertFinds(everything().build());
        assertFinds(everything().text("printer").build());
    }

    // ----------------------------------------------------------------------------------------------- filters

    /** Six tickets with varied fields; ticket n is updated at minute n. */
    private void givenTicketsWithVariedFields() {
        given(aTicket().number(1).status("opened").category("billing").priority("low").customChoice("product", "pro")
                        .field(MODULES, new FieldValue.ChoicesValue(new TreeSet<>(Set.of("crm", "web"))))
                        .requester("alice").organization("acme").assignedTo(AgentId.of("ann")).updatedAt(at(1)).build(),
                aTicket().number(2).status("replied").category("billing").subcategory("refunds").priority("high")
                        .customChoice("product", "basic").requester("bob").organization("acme")
                        .assignedToTeam(TeamId.of("first-line")).updatedAt(at(2)).build(),
                aTicket().number(3).status("in_progress").category("network").subcategory("vpn").priority("urgent")
                        .customChoice("product", "pro").field(SERIAL, new FieldValue.TextValue("SN-1"))
                        .requester("carol").organization("globex").assignedTo(AgentId.of("ann"))
                        .assignedToTeam(TeamId.of("first-line")).updatedAt(at(3)).build(),
                aTicket().number(4).closed().category("network").requester("alice").organization("globex")
                        .field(MODULES, new FieldValue.ChoicesValue(new TreeSet<>(Set.of("erp")))).updatedAt(at(4))
                        .build(),
                aTicket().number(5).status("opened").category("hardware").priority("high")
                        .customChoice("product", "enterprise").requester("dave").organization("initech")
                        .assignedTo(AgentId.of("ben")).updatedAt(at(5)).build(),
                aTicket().number(6).status("to_do").category("hardware").subcategory("printers")
                        .field(SERIAL, new FieldValue.TextValue("SN-2")).requester("erin").organization("acme")
                        .createdAt(at(0)).updatedAt(at(6)).build());
    }

    @Test
    public void noFilterFindsEveryTicket() {
        givenTicketsWithVariedFields();
        assertFinds(everything().build(), 6, 5, 4, 3, 2, 1);
    }

    @Test
    public void statusesAreAMultiSelect() {
        givenTicketsWithVariedFields();
        assertFinds(everything().filter(where().statuses("opened")).build(), 5, 1);
        assertFinds(everything().filter(where().statuses("opened", "closed", "to_do")).build(), 6, 5, 4, 1);
        assertFinds(everything().filter(where().statuses("validation")).build());
    }

    @Test
    public void categoryAndSubcategoryFilter() {
        givenTicketsWithVariedFields();
        assertFinds(everything().filter(where().category(CategoryId.of("billing"))).build(), 2, 1);
        assertFinds(everything().filter(where().subcategory(CategoryId.of("vpn"))).build(), 3);
        assertFinds(everything().filter(where().category(CategoryId.of("network")).subcategory(CategoryId.of("vpn")))
                .build(), 3);
        assertFinds(everything().filter(where().category(CategoryId.of("billing")).subcategory(CategoryId.of("vpn")))
                .build());
    }

    @Test
    public void leafCategoriesMatchTheSubcategoryOrElseTheCategory() {
        givenTicketsWithVariedFields();
        assertFinds(everything().filter(where().leafCategories(java.util.Set.of(CategoryId.of("billing"),
                CategoryId.of("vpn")))).build(), 3, 1);
        assertFinds(everything().filter(where().leafCategories(java.util.Set.of(CategoryId.of("network")))).build(), 4);
        assertFinds(everything().filter(where().leafCategories(java.util.Set.of(CategoryId.of("refunds"),
                CategoryId.of("hardware")))).build(), 5, 2);
    }

    @Test
    public void aChoiceFieldFiltersByAnyOfItsValues() {
        givenTicketsWithVariedFields();
        assertFinds(everything().filter(where().field(FieldRef.PRIORITY, "high")).build(), 5, 2);
        assertFinds(everything().filter(where().field(FieldRef.PRIORITY, "low", "urgent")).build(), 3, 1);
        assertFinds(everything().filter(where().field(PRODUCT, "pro")).build(), 3, 1);
        assertFinds(everything().filter(where().field(PRODUCT, "basic", "enterprise")).build(), 5, 2);
        assertFinds(everything().filter(where().field(PRODUCT, "none-such")).build());
    }

    @Test
    public void aMultipleChoiceFieldMatchesWhenAnyChosenCodeIsWanted() {
        givenTicketsWithVariedFields();
        assertFinds(everything().filter(where().field(MODULES, "crm")).build(), 1);
        assertFinds(everything().filter(where().field(MODULES, "erp", "web")).build(), 4, 1);
    }

    @Test
    public void aTextFieldFiltersByItsValue() {
        givenTicketsWithVariedFields();
        assertFinds(everything().filter(where().field(SERIAL, "SN-1")).build(), 3);
        assertFinds(everything().filter(where().field(SERIAL, "SN-1", "SN-2")).build(), 6, 3);
    }

    @Test
    public void twoFieldConditionsMustBothHold() {
        givenTicketsWithVariedFields();
        assertFinds(everything().filter(where().field(FieldRef.PRIORITY, "high", "urgent").field(PRODUCT, "pro"))
                .build(), 3);
    }

    @Test
    public void requesterAndOrganizationFilter() {
        givenTicketsWithVariedFields();
        assertFinds(everything().filter(where().requester(ContactId.of("alice"))).build(), 4, 1);
        assertFinds(everything().filter(where().organization(OrganizationId.of("globex"))).build(), 4, 3);
        assertFinds(everything().filter(where().requester(ContactId.of("alice"))
                .organization(OrganizationId.of("acme"))).build(), 1);
    }

    @Test
    public void assigneeFilters() {
        givenTicketsWithVariedFields();
        assertFinds(everything().filter(where().assignedAgent(AgentId.of("ann"))).build(), 3, 1);
        assertFinds(everything().filter(where().assignedTeam(TeamId.of("first-line"))).build(), 3, 2);
        assertFinds(everything().filter(where().assignedAgent(AgentId.of("ann")).assignedTeam(TeamId.of("first-line")))
                .build(), 3);
        assertFinds(everything().filter(where().assignedAgent(AgentId.of("cleo"))).build());
    }

    @Test
    public void anUpdatedRangeIncludesItsStartAndExcludesItsEnd() {
        givenTicketsWithVariedFields();
        assertFinds(everything().filter(where().updatedBetween(at(2), at(4))).build(), 3, 2);
        assertFinds(everything().filter(where().updatedBetween(at(4), null)).build(), 6, 5, 4);
        assertFinds(everything().filter(where().updatedBetween(null, at(2))).build(), 1);
        assertFinds(everything().filter(where().updatedBetween(at(3), at(3))).build());
        assertFinds(everything().filter(where().updatedBetween(at(3).plusMillis(1), at(5).plusMillis(1))).build(),
                5, 4);
    }

    @Test
    public void conditionsCombine() {
        givenTicketsWithVariedFields();
        assertFinds(everything().filter(where().statuses("opened", "replied").category(CategoryId.of("billing"))
                .requester(ContactId.of("alice"))).build(), 1);
    }

    @Test
    public void aFilterNarrowsWhatTheScopeAllows() {
        givenTicketsWithVariedFields();
        VisibilityScope alice = new VisibilityScope.Customer(ContactId.of("alice"), List.of());
        assertFinds(query(alice).build(), 4, 1);
        assertFinds(query(alice).filter(where().statuses("closed")).build(), 4);
        assertFinds(query(alice).filter(where().requester(ContactId.of("bob"))).build());
    }

    @Test
    public void aFilterSeesTheLatestStateOfUpdatedTickets() {
        givenTicketsWithVariedFields();
        Ticket five = stored.get(TicketId.of("t-5"));
        updated(nextVersionOf(five).status("closed").priority("low").updatedAt(at(7)).build());
        assertFinds(everything().filter(where().statuses("closed")).build(), 5, 4);
        assertFinds(everything().filter(where().statuses("opened")).build(), 1);
        assertFinds(everything().filter(where().field(FieldRef.PRIORITY, "high")).build(), 2);
        assertFinds(everything().build(), 5, 6, 4, 3, 2, 1);
    }

    // ------------------------------------------------------------------------------------------- full text

    /** Four tickets with words in subjects, public messages and internal notes; ticket n updated at minute n. */
    private void givenTicketsWithWords() {
        given(aTicket().number(1).requester("alice").subject("Printer on floor 2 jams")
                        .withPublicMessage("It happens every morning").updatedAt(at(1)).build(),
                aTicket().number(2).requester("bob").subject("Café wifi is slow")
                        .withInternalNote("Router firmware outdated").updatedAt(at(2)).build(),
                aTicket().number(3).requester("alice").subject("Invoice wrong")
                        .withPublicMessage("The amount on the invoice is doubled")
                        .withInternalNote("Refund approved by finance").updatedAt(at(3)).build(),
                aTicket().number(4).requester("carol").subject("VPN-gateway down since the update")
                        .withAgentReply("We are on it, ÜBER-urgent").updatedAt(at(4)).build());
    }

    private static VisibilityScope customer(String contact) {
        return new VisibilityScope.Customer(ContactId.of(contact), List.of());
    }

    @Test
    public void aWordOfTheSubjectFindsTheTicket() {
        givenTicketsWithWords();
        assertFinds(everything().text("printer").build(), 1);
        assertFinds(everything().text("PRINTER").build(), 1);
        assertFinds(everything().text("floor").build(), 1);
    }

    @Test
    public void aWordOfAPublicMessageFindsTheTicket() {
        givenTicketsWithWords();
        assertFinds(everything().text("morning").build(), 1);
        assertFinds(everything().text("doubled").build(), 3);
        assertFinds(query(customer("alice")).text("doubled").build(), 3);
    }

    @Test
    public void aWordOfAnAgentsPublicReplyFindsTheTicket() {
        givenTicketsWithWords();
        assertFinds(query(customer("carol")).text("urgent").build(), 4);
    }

    @Test
    public void searchIgnoresAccentsAndCase() {
        givenTicketsWithWords();
        assertFinds(everything().text("cafe").build(), 2);
        assertFinds(everything().text("CAFÉ").build(), 2);
        assertFinds(everything().text("Café").build(), 2);
        assertFinds(everything().text("uber").build(), 4);
    }

    @Test
    public void wordsAreSplitOnPunctuation() {
        givenTicketsWithWords();
        assertFinds(everything().text("gateway").build(), 4);
        assertFinds(everything().text("vpn").build(), 4);
        assertFinds(everything().text("vpn-gateway").build(), 4);
        assertFinds(everything().text("2").build(), 1);
    }

    @Test
    public void everyWordIsRequiredAnywhereTheViewerMayRead() {
        givenTicketsWithWords();
        assertFinds(everything().text("invoice doubled").build(), 3);
        assertFinds(everything().text("printer morning").build(), 1);
        assertFinds(everything().text("invoice morning").build());
        assertFinds(everything().text("printer zebra").build());
    }

    @Test
    public void aWordMatchesOnlyAsAWholeWord() {
        givenTicketsWithWords();
        assertFinds(everything().text("print").build());
        assertFinds(everything().text("jam").build());
        assertFinds(everything().text("invoices").build());
    }

    @Test
    public void aWordFoundInSeveralTicketsFindsEachInListOrder() {
        givenTicketsWithWords();
        assertFinds(everything().text("the").build(), 4, 3);
        assertFinds(everything().text("on").build(), 4, 3, 1);
    }

    @Test
    public void anInternalNoteIsSearchedForStaffButNeverForCustomers() {
        givenTicketsWithWords();
        assertFinds(everything().text("firmware").build(), 2);
        VisibilityScope staff = new VisibilityScope.Staff(AgentId.of("ann"), Set.of(), Set.of(CategoryId.of("general")));
        assertFinds(query(staff).text("firmware").build(), 2);
        assertFinds(query(staff).text("refund").build(), 3);
        assertFinds(query(customer("bob")).text("firmware").build());
        assertFinds(query(customer("alice")).text("refund").build());
        assertFinds(query(customer("alice")).text("invoice").build(), 3);
        assertFinds(query(customer("bob")).text("cafe router").build());
        assertFinds(query(staff).text("cafe router").build(), 2);
    }

    @Test
    public void aPhraseMatchesOnlyItsWordsOneAfterTheOther() {
        givenTicketsWithWords();
        assertFinds(everything().text("\"floor 2 jams\"").build(), 1);
        assertFinds(everything().text("\"jams floor\"").build());
        assertFinds(everything().text("\"printer jams\"").build());
        assertFinds(everything().text("vpn-gateway").build(), 4);
        assertFinds(everything().text("\"amount on the invoice\"").build(), 3);
    }

    @Test
    public void aPhraseNeverSpansThePublicWordsAndTheInternalNotes() {
        givenTicketsWithWords();
        assertFinds(everything().text("\"slow router\"").build());
        assertFinds(everything().text("\"router firmware\"").build(), 2);
    }

    @Test
    public void anExcludedWordOrPhraseRemovesTheTicketsThatHaveIt() {
        givenTicketsWithWords();
        assertFinds(everything().text("the -invoice").build(), 4);
        assertFinds(everything().text("-invoice").build(), 4, 2, 1);
        assertFinds(everything().text("-\"floor 2\"").build(), 4, 3, 2);
    }

    @Test
    public void anExcludedWordInAnInternalNoteCountsForStaffOnly() {
        givenTicketsWithWords();
        assertFinds(everything().text("-refund").build(), 4, 2, 1);
        assertFinds(query(customer("alice")).text("-refund").build(), 3, 1);
    }

    @Test
    public void searchRespectsTheScope() {
        givenTicketsWithWords();
        assertFinds(query(customer("bob")).text("printer").build());
        assertFinds(query(customer("alice")).text("printer").build(), 1);
    }

    @Test
    public void searchCombinesWithFilters() {
        givenTicketsWithWords();
        assertFinds(everything().text("the").filter(where().requester(ContactId.of("alice"))).build(), 3);
        assertFinds(everything().text("the").filter(where().updatedBetween(at(4), null)).build(), 4);
    }

    @Test
    public void messagesAddedByALaterUpdateAreSearchable() {
        givenTicketsWithWords();
        Ticket one = stored.get(TicketId.of("t-1"));
        updated(nextVersionOf(one).withPublicMessage("Toner smudges too").withInternalNote("Replace the drum unit")
                .updatedAt(at(5)).build());
        assertFinds(everything().text("toner").build(), 1);
        assertFinds(query(customer("alice")).text("smudges").build(), 1);
        assertFinds(everything().text("drum").build(), 1);
        assertFinds(query(customer("alice")).text("drum").build());
        assertFinds(everything().text("printer toner").build(), 1);
        assertFinds(everything().text("morning").build(), 1);

        Ticket two = stored.get(TicketId.of("t-2"));
        updated(nextVersionOf(two).withAgentReply("Firmware updated, try again").updatedAt(at(6)).build());
        assertFinds(query(customer("bob")).text("firmware").build(), 2);
    }

    @Test
    public void aSubjectChangedByALaterUpdateIsSearchedByItsNewWords() {
        givenTicketsWithWords();
        Ticket three = stored.get(TicketId.of("t-3"));
        updated(nextVersionOf(three).subject("Credit note needed").updatedAt(at(5)).build());
        assertFinds(everything().text("credit").build(), 3);
        assertFinds(everything().text("wrong").build());
        assertFinds(everything().text("invoice").build(), 3);
    }

    // ----------------------------------------------------------------------------------------------- sorting

    /** Six tickets whose update times, creation times and priorities order them differently. */
    private void givenTicketsToSort() {
        given(aTicket().number(1).createdAt(at(0)).updatedAt(at(5)).priority("low").build(),
                aTicket().number(2).createdAt(at(1)).updatedAt(at(3)).priority("urgent").build(),
                aTicket().number(3).createdAt(at(2)).updatedAt(at(5)).build(),
                aTicket().number(4).createdAt(at(2)).updatedAt(at(4)).priority("high").build(),
                aTicket().number(5).createdAt(at(3)).updatedAt(at(3)).priority("legacy").build(),
                aTicket().number(6).createdAt(at(0)).updatedAt(at(6)).priority("urgent").build());
    }

    @Test
    public void byUpdatedTheLastUpdatedComesFirstAndTiesGoToTheHigherNumber() {
        givenTicketsToSort();
        assertFinds(everything().sort(TicketSort.UPDATED).build(), 6, 3, 1, 4, 5, 2);
    }

    @Test
    public void byCreatedTheNewestComesFirstAndTiesGoToTheHigherNumber() {
        givenTicketsToSort();
        assertFinds(everything().sort(TicketSort.CREATED).build(), 5, 4, 3, 2, 6, 1);
    }

    @Test
    public void byPriorityTheHighestComesFirstThenTheLastUpdatedAndNoneOrUnknownComesLast() {
        givenTicketsToSort();
        assertFinds(everything().sort(TicketSort.PRIORITY).build(), 6, 2, 4, 1, 3, 5);
    }

    @Test
    public void theLimitKeepsTheFirstOfTheList() {
        givenTicketsToSort();
        assertFinds(everything().sort(TicketSort.UPDATED).limit(3).build(), 6, 3, 1);
        assertFinds(everything().sort(TicketSort.CREATED).limit(1).build(), 5);
        assertFinds(everything().sort(TicketSort.PRIORITY).limit(4).build(), 6, 2, 4, 1);
        assertFinds(everything().limit(6).build(), 6, 3, 1, 4, 5, 2);
    }

    @Test
    public void aTimeDifferenceOfOneMillisecondOrders() {
        given(aTicket().number(1).updatedAt(at(1).plusMillis(1)).build(),
                aTicket().number(2).updatedAt(at(1)).build(),
                aTicket().number(3).updatedAt(at(1).minusMillis(1)).build());
        assertFinds(everything().build(), 1, 2, 3);
    }

    @Test
    public void anUpdateMovesATicketInTheList() {
        givenTicketsToSort();
        Ticket two = stored.get(TicketId.of("t-2"));
        updated(nextVersionOf(two).withInternalNote("bump").updatedAt(at(7)).build());
        assertFinds(everything().sort(TicketSort.UPDATED).build(), 2, 6, 3, 1, 4, 5);
        assertFinds(everything().sort(TicketSort.CREATED).build(), 5, 4, 3, 2, 6, 1);
    }

    /** Four tickets that hold "printer" and "jams" in their subjects, in their messages, or only one of them. */
    private void givenTicketsToRank() {
        given(aTicket().number(1).subject("Printer jams").updatedAt(at(1)).build(),
                aTicket().number(2).subject("Network down").withPublicMessage("And the printer jams again")
                        .updatedAt(at(5)).build(),
                aTicket().number(3).subject("Printer toner low").updatedAt(at(2)).build(),
                aTicket().number(4).subject("Jams in the printer tray").updatedAt(at(3)).build());
    }

    @Test
    public void byRelevanceTicketsWhoseSubjectHoldsEveryTermComeFirstThenTheLastUpdated() {
        givenTicketsToRank();
        assertFinds(everything().text("printer jams").sort(TicketSort.RELEVANCE).build(), 4, 1, 2);
        assertFinds(everything().text("\"printer jams\"").sort(TicketSort.RELEVANCE).build(), 1, 2);
        assertFinds(everything().text("printer -toner").sort(TicketSort.RELEVANCE).build(), 4, 1, 2);
        assertFinds(everything().text("printer").sort(TicketSort.RELEVANCE).limit(2).build(), 4, 3);
    }

    @Test
    public void byRelevanceWithoutSearchTextIsByLastUpdated() {
        givenTicketsToRank();
        assertFinds(everything().sort(TicketSort.RELEVANCE).build(), 2, 4, 3, 1);
    }

    @Test
    public void byRelevanceACursorResumesInTheRightPart() {
        givenTicketsToRank();
        TicketQuery first = everything().text("printer jams").sort(TicketSort.RELEVANCE).limit(1).build();
        SortKey inSubjectPart = first.sortKey(search(first).get(0));
        assertThat(inSubjectPart.rank()).as(adapter("ranks a subject hit 1")).isEqualTo(1);
        assertFinds(everything().text("printer jams").sort(TicketSort.RELEVANCE).after(inSubjectPart).build(), 1, 2);
        assertFinds(everything().text("printer jams").sort(TicketSort.RELEVANCE)
                .after(new SortKey(0, Long.MAX_VALUE, Long.MAX_VALUE)).build(), 2);
        assertFinds(everything().text("printer jams").sort(TicketSort.RELEVANCE)
                .after(new SortKey(2, 0, 0)).build(), 4, 1, 2);
        assertFinds(everything().text("printer jams").sort(TicketSort.RELEVANCE)
                .after(new SortKey(-1, Long.MAX_VALUE, Long.MAX_VALUE)).build());
    }

    // ---------------------------------------------------------------------------------------------- paging

    /** 25 tickets sharing five update times, three creation times and a few priorities. */
    private List<Ticket> givenManyTicketsWithTies() {
        List<Ticket> tickets = new ArrayList<>();
        String[] priorities = {"low", "urgent", "high", "normal", "legacy", null};
        for (int n = 1; n <= 25; n++) {
            var builder = aTicket().number(n).requester(n % 3 == 0 ? "alice" : "bob")
                    .createdAt(at(n % 3)).updatedAt(at(3 + n % 5));
            String priority = priorities[n % priorities.length];
            if (priority != null) {
                builder.priority(priority);
            }
            tickets.add(builder.build());
        }
        given(tickets.toArray(Ticket[]::new));
        return tickets;
    }

    /** Walks the pages of {@code query} from the first, each after the previous page's last row. */
    private List<TicketSummary> walkPages(QueryBuilder query, int limit) {
        List<TicketSummary> all = new ArrayList<>();
        Optional<SortKey> after = Optional.empty();
        for (int page = 0; page < 100; page++) {
            TicketQuery pageQuery = query.limit(limit).build();
            pageQuery = new TicketQuery(pageQuery.scope(), pageQuery.filter(), pageQuery.text(), pageQuery.sort(),
                    pageQuery.priorityOrder(), after, limit);
            List<TicketSummary> rows = search(pageQuery);
            assertThat(rows.size()).as(adapter("gives at most " + limit + " rows per page")).isLessThanOrEqualTo(limit);
            all.addAll(rows);
            if (rows.size() < limit) {
                return all;
            }
            after = Optional.of(pageQuery.sortKey(rows.get(rows.size() - 1)));
        }
        throw new AssertionError(adapter("never gave a short last page in 100 pages"));
    }

    private void assertPagesJoinToTheWholeResult(QueryBuilder query, int limit) {
        TicketQuery whole = query.limit(TicketQuery.MAX_LIMIT).build();
        List<TicketSummary> expected = SearchCases.reference(List.copyOf(stored.values()), whole);
        List<TicketSummary> walked = walkPages(query, limit);
        assertThat(numbers(walked)).as(adapter("joins pages of " + limit + " into the whole result, each ticket once, "
                + "in list order, for " + SearchCases.describe(whole))).isEqualTo(numbers(expected));
        assertThat(new HashSet<>(numbers(walked))).as(adapter("repeats no ticket across pages")).hasSize(walked.size());
    }

    @Test
    public void pagesJoinToTheWholeResultWithoutDuplicatesEvenWithManyTies() {
        givenManyTicketsWithTies();
        for (TicketSort sort : TicketSort.values()) {
            for (int limit : new int[] {1, 3, 4, 5, 7, 25, 100}) {
                assertPagesJoinToTheWholeResult(everything().sort(sort), limit);
            }
        }
    }

    @Test
    public void pagesOfAFilteredSearchJoinToItsWholeResult() {
        givenManyTicketsWithTies();
        assertPagesJoinToTheWholeResult(everything().filter(where().requester(ContactId.of("bob"))), 3);
        assertPagesJoinToTheWholeResult(query(customer("alice")).sort(TicketSort.PRIORITY), 2);
        assertPagesJoinToTheWholeResult(everything().text("ticket").sort(TicketSort.CREATED), 4);
    }

    @Test
    public void aPageStartsStrictlyAfterTheCursor() {
        givenTicketsToSort();
        TicketQuery first = everything().sort(TicketSort.UPDATED).limit(2).build();
        List<TicketSummary> page = search(first);
        assertThat(numbers(page)).as(adapter("gives the first page")).containsExactly(6L, 3L);
        SortKey cursor = first.sortKey(page.get(1));
        assertFinds(everything().sort(TicketSort.UPDATED).after(cursor).limit(2).build(), 1, 4);
        assertFinds(everything().sort(TicketSort.UPDATED).after(cursor).build(), 1, 4, 5, 2);
    }

    @Test
    public void aCursorNeedNotBeARowThatExists() {
        givenTicketsToSort();
        long at5 = at(5).toEpochMilli();
        assertFinds(everything().sort(TicketSort.UPDATED).after(new SortKey(0, at5, 2)).build(), 1, 4, 5, 2);
        assertFinds(everything().sort(TicketSort.UPDATED).after(new SortKey(0, at5 + 1, 0)).build(), 3, 1, 4, 5, 2);
        assertFinds(everything().sort(TicketSort.PRIORITY).after(new SortKey(2, Long.MAX_VALUE, Long.MAX_VALUE))
                .build(), 4, 1, 3, 5);
        assertFinds(everything().sort(TicketSort.PRIORITY).after(new SortKey(-1, Long.MIN_VALUE, 0)).build());
    }

    // ------------------------------------------------------------------------------------------- property

    /** Generated examples; each stores its tickets in a fresh storage and asks {@link #QUERIES_PER_EXAMPLE} queries. */
    private static final int EXAMPLES = 50;
    private static final int QUERIES_PER_EXAMPLE = 8;

    /**
     * For generated tickets and queries, the adapter answers exactly the reference: the tickets
     * {@link TicketQuery#matches} accepts, in list order, at most {@code limit}; and walking the pages of each query
     * from the first, each page after the previous page's last row, gives the whole result, each ticket once.
     */
    @Test
    public void searchAnswersExactlyTheReferenceForGeneratedTicketsAndQueries() {
        qt().withExamples(EXAMPLES).withShrinkCycles(500)
                .forAll(SearchCases.queryLists(QUERIES_PER_EXAMPLE), SearchCases.tickets())
                .checkAssert((queries, tickets) -> withFreshStorage(storage -> {
                    store(storage, tickets);
                    for (TicketQuery query : queries) {
                        assertAnswersTheReference(storage.ticketSearch(), tickets, query);
                    }
                }));
    }

    private void assertAnswersTheReference(TicketSearch search, List<Ticket> tickets, TicketQuery query) {
        List<TicketSummary> expected = SearchCases.reference(tickets, query);
        List<TicketSummary> found = search.search(query);
        assertThat(numbers(found)).as(adapter("finds the reference's ticket numbers, in list order, for "
                + SearchCases.describe(query))).isEqualTo(numbers(expected));
        assertThat(found).as(adapter("gives each found ticket's summary as stored")).isEqualTo(expected);

        TicketQuery fromTheStart = new TicketQuery(query.scope(), query.filter(), query.text(), query.sort(),
                query.priorityOrder(), Optional.empty(), TicketQuery.MAX_LIMIT);
        List<TicketSummary> whole = SearchCases.reference(tickets, fromTheStart);
        List<TicketSummary> walked = new ArrayList<>();
        Optional<SortKey> after = Optional.empty();
        for (int page = 0; page <= tickets.size() + 1; page++) {
            TicketQuery pageQuery = new TicketQuery(query.scope(), query.filter(), query.text(), query.sort(),
                    query.priorityOrder(), after, query.limit());
            List<TicketSummary> rows = search.search(pageQuery);
            walked.addAll(rows);
            if (rows.size() < query.limit()) {
                break;
            }
            after = Optional.of(query.sortKey(rows.get(rows.size() - 1)));
        }
        assertThat(numbers(walked)).as(adapter("joins pages of " + query.limit() + " into the whole result, each "
                + "ticket once, for " + SearchCases.describe(fromTheStart))).isEqualTo(numbers(whole));
    }

    /** Inserts every ticket at its first state in one unit, then applies the later states in another. */
    private static void store(Storage storage, List<Ticket> tickets) {
        List<List<Ticket>> histories = tickets.stream().map(SearchCases::history).toList();
        storage.transactor().run(() -> histories.forEach(h -> storage.tickets().insert(h.get(0))));
        storage.transactor().run(() -> histories.forEach(h -> h.stream().skip(1).forEach(storage.tickets()::update)));
    }
}
