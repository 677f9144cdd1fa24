package dev.helpdesk.core.domain.ticket;

import static dev.helpdesk.core.fixture.Generators.tickets;
import static dev.helpdesk.core.fixture.Generators.worlds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.Page;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.fixture.Generators;
import dev.helpdesk.core.fixture.Generators.World;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketSummaryView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Who sees and answers which tickets, for generated organizations, contacts, agents and tickets, against a
 * reference model written here from the rules (not from {@code TicketAccess} or {@code VisibilityScope}).
 */
class VisibilityPropertiesTest {
    /** How {@link TicketSchema#defaults()} routes its top-level categories, written out independently. */
    private static final Map<CategoryId, TeamId> ROUTING = Map.of(
            CategoryId.of("control-panel"), TeamId.of("technical-support"),
            CategoryId.of("billing"), TeamId.of("billing"),
            CategoryId.of("email"), TeamId.of("technical-support"),
            CategoryId.of("website-updates"), TeamId.of("web-services"),
            CategoryId.of("quotes"), TeamId.of("billing"),
            CategoryId.of("other"), TeamId.of("technical-support"));

    private static final Gen<Scenario> SCENARIOS = in -> {
        World world = worlds(4, 6, 4).generate(in);
        return new Scenario(world, tickets(world, 0, 25).generate(in));
    };

    record Scenario(World world, List<Ticket> tickets) {
    }

    // ---------------------------------------------------------------------------------- reference model

    /** Customers: own tickets; a primary user the whole organization; members as the sharing mode says. */
    static boolean customerMaySee(World world, Contact contact, TicketSummary ticket) {
        if (ticket.requester().equals(contact.id())) {
            return true;
        }
        Optional<Membership> membership = contact.memberships().stream()
                .filter(m -> m.organization().equals(ticket.organization())).findFirst();
        Optional<Organization> organization = world.organization(ticket.organization());
        if (membership.isEmpty() || organization.isEmpty()) {
            return false;
        }
        if (membership.get().primary()) {
            return true;
        }
        if (organization.get().sharing() == SharingMode.OWN_TICKETS_ONLY) {
            return false;
        }
        Set<CategoryId> allowed = membership.get().allowedCategories();
        return allowed.isEmpty() || allowed.contains(ticket.category());
    }

    /** Replying: the requester; a primary user; in MEMBERS_VIEW_AND_REPLY, any member who may see it. */
    static boolean customerMayAct(World world, Contact contact, TicketSummary ticket) {
        if (!customerMaySee(world, contact, ticket)) {
            return false;
        }
        if (ticket.requester().equals(contact.id())) {
            return true;
        }
        Membership membership = contact.memberships().stream()
                .filter(m -> m.organization().equals(ticket.organization())).findFirst().orElseThrow();
        return membership.primary()
                || world.organization(ticket.organization()).orElseThrow().sharing() == SharingMode.MEMBERS_VIEW_AND_REPLY;
    }

    /** Agents: their teams' categories and what is assigned to them or their teams; admins everything. */
    static boolean agentMaySee(Agent agent, TicketSummary ticket) {
        return agent.isAdmin()
                || agent.teams().contains(ROUTING.get(ticket.category()))
                || ticket.assignment().agent().filter(agent.id()::equals).isPresent()
                || ticket.assignment().team().filter(agent.teams()::contains).isPresent();
    }

    // ----------------------------------------------------------------------------------------- domain

    @Test
    void eachContactSeesExactlyWhatTheReferenceModelAllows() {
        qt().withExamples(200).forAll(SCENARIOS).checkAssert(scenario -> {
            World world = scenario.world();
            for (Contact contact : world.contacts()) {
                Viewer viewer = world.viewer(contact);
                for (Ticket ticket : scenario.tickets()) {
                    TicketSummary summary = ticket.summary();
                    assertThat(TicketAccess.canView(viewer, summary)).as("%s sees %s", contact, summary)
                            .isEqualTo(customerMaySee(world, contact, summary));
                    assertThat(TicketAccess.canAct(viewer, summary)).as("%s acts on %s", contact, summary)
                            .isEqualTo(customerMayAct(world, contact, summary));
                }
            }
        });
    }

    @Test
    void eachAgentSeesExactlyTheirTeamsCategoriesAndAssignmentsAndAdminsSeeAll() {
        qt().withExamples(200).forAll(SCENARIOS).checkAssert(scenario -> {
            World world = scenario.world();
            for (Agent agent : world.agents()) {
                Viewer viewer = world.viewer(agent, Generators.SCHEMA);
                for (Ticket ticket : scenario.tickets()) {
                    TicketSummary summary = ticket.summary();
                    assertThat(TicketAccess.canView(viewer, summary)).as("%s sees %s", agent, summary)
                            .isEqualTo(agentMaySee(agent, summary));
                    assertThat(TicketAccess.canAct(viewer, summary)).as("%s acts on %s", agent, summary)
                            .isEqualTo(agentMaySee(agent, summary));
                }
            }
        });
    }

    @Test
    void aCustomerMayOpenTicketsOnlyForTheirOrganizationsInTheirAllowedCategories() {
        qt().withExamples(200).forAll(worlds(4, 6, 1)).checkAssert(world -> {
            for (Contact contact : world.contacts()) {
                Viewer.Customer viewer = world.viewer(contact);
                for (Organization organization : world.organizations()) {
                    for (CategoryId category : Generators.topLevelCategories()) {
                        Optional<Membership> membership = contact.memberships().stream()
                                .filter(m -> m.organization().equals(organization.id())).findFirst();
                        boolean expected = membership.isPresent() && (membership.get().primary()
                                || membership.get().allowedCategories().isEmpty()
                                || membership.get().allowedCategories().contains(category));
                        assertThat(TicketAccess.canOpen(viewer, organization.id(), category))
                                .as("%s opens in %s/%s", contact, organization.id(), category).isEqualTo(expected);
                    }
                }
            }
        });
    }

    // ---------------------------------------------------------------------------------------- service

    @Test
    void listingThroughTheServiceWalksToExactlyTheVisibleTicketsForEveryone() {
        qt().withExamples(40).withShrinkCycles(100).forAll(SCENARIOS, Generate.range(1, 7)).checkAssert((scenario, pageSize) -> {
            World world = scenario.world();
            TicketService service = store(scenario);
            for (Contact contact : world.contacts()) {
                Set<TicketId> expected = idsWhere(scenario.tickets(), t -> customerMaySee(world, contact, t));
                assertThat(walk(service, Caller.contact(contact.id()), pageSize)).as("%s with pages of %s", contact, pageSize)
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            }
            for (Agent agent : world.agents()) {
                Set<TicketId> expected = idsWhere(scenario.tickets(), t -> agentMaySee(agent, t));
                assertThat(walk(service, Caller.agent(agent.id()), pageSize)).as("%s with pages of %s", agent, pageSize)
                        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
            }
        });
    }

    @Test
    void gettingATicketThroughTheServiceFollowsTheSameRulesAndShowsWhetherOneMayReply() {
        qt().withExamples(30).withShrinkCycles(100).forAll(SCENARIOS).checkAssert(scenario -> {
            World world = scenario.world();
            TicketService service = store(scenario);
            for (Ticket ticket : scenario.tickets()) {
                for (Contact contact : world.contacts()) {
                    Caller caller = Caller.contact(contact.id());
                    if (customerMaySee(world, contact, ticket.summary())) {
                        boolean canReply = service.get(caller, ticket.id()).canReply();
                        assertThat(canReply).as("%s replies to %s", contact, ticket.summary())
                                .isEqualTo(customerMayAct(world, contact, ticket.summary()));
                    } else {
                        assertThatThrownBy(() -> service.get(caller, ticket.id()))
                                .as("%s gets %s", contact, ticket.summary()).isInstanceOf(NotFoundException.class);
                    }
                }
                for (Agent agent : world.agents()) {
                    Caller caller = Caller.agent(agent.id());
                    if (agentMaySee(agent, ticket.summary())) {
                        assertThat(service.get(caller, ticket.id()).id()).isEqualTo(ticket.id());
                    } else {
                        assertThatThrownBy(() -> service.get(caller, ticket.id()))
                                .as("%s gets %s", agent, ticket.summary()).isInstanceOf(NotFoundException.class);
                    }
                }
            }
        });
    }

    // ---------------------------------------------------------------------------------------- helpers

    private static TicketService store(Scenario scenario) {
        InMemoryStorage storage = new InMemoryStorage();
        Helpdesk helpdesk = Helpdesk.builder().storage(storage).ids(Generators.countingIds()).build();
        World world = scenario.world();
        world.organizations().forEach(helpdesk.directory()::save);
        world.contacts().forEach(helpdesk.directory()::save);
        for (Team team : world.teams()) {
            helpdesk.directory().save(team);
        }
        world.agents().forEach(helpdesk.directory()::save);
        storage.transactor().run(() -> scenario.tickets().forEach(storage.tickets()::insert));
        return helpdesk.tickets();
    }

    private static List<TicketId> walk(TicketService service, Caller caller, int pageSize) {
        List<TicketId> seen = new ArrayList<>();
        ListTickets request = ListTickets.firstPage().ofSize(pageSize);
        for (int pages = 0; pages < 100; pages++) {
            Page<TicketSummaryView> page = service.list(caller, request);
            assertThat(page.items().size()).isLessThanOrEqualTo(pageSize);
            page.items().forEach(row -> seen.add(row.id()));
            if (page.nextCursor().isEmpty()) {
                return seen;
            }
            request = request.after(page.nextCursor().get());
        }
        throw new AssertionError("more than 100 pages for " + caller);
    }

    private static Set<TicketId> idsWhere(List<Ticket> tickets, Predicate<TicketSummary> visible) {
        return tickets.stream().map(Ticket::summary).filter(visible).map(TicketSummary::id)
                .collect(Collectors.toCollection(HashSet::new));
    }
}
