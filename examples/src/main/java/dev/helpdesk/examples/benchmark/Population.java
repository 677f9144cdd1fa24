package dev.helpdesk.examples.benchmark;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.Category;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.service.DirectoryService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Who the tickets belong to: a few hundred organizations of uneven size (some share tickets among members, some
 * not), a few thousand contacts (one primary user per organization, some limited to billing), the seed teams with
 * two agents each and an admin. Requesters are drawn with a skew, so a few contacts open many tickets.
 */
final class Population {
    static final AgentId ADMIN = AgentId.of("bench-admin");
    static final Set<String> STATUSES_WAITING_ON_SUPPORT = Set.of("opened", "in_progress", "validation",
            "install_request", "to_do");
    private static final String[] STATUS_CODES = {"closed", "replied", "opened", "in_progress", "to_do", "validation",
            "install_request"};
    private static final int[] STATUS_WEIGHTS = {55, 15, 10, 8, 5, 4, 3};

    final List<Organization> organizations = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final Map<TeamId, List<AgentId>> agentsByTeam = new LinkedHashMap<>();
    private final Map<OrganizationId, Organization> organizationsById = new LinkedHashMap<>();
    private final Map<OrganizationId, ContactId> primaryUsers = new LinkedHashMap<>();
    private final TicketSchema schema;
    private final double[] requesterWeights;
    private final List<Category> topLevel;

    Population(TicketSchema schema, int organizationCount, int contactCount, long seed) {
        this.schema = schema;
        SplittableRandom random = new SplittableRandom(seed);
        String[] suffixes = {"Srl", "Ltd", "GmbH", "SA", "Inc", "BV", "Oy", "AB"};
        for (int i = 0; i < organizationCount; i++) {
            SharingMode sharing = i % 10 < 3 ? SharingMode.OWN_TICKETS_ONLY
                    : i % 10 < 8 ? SharingMode.MEMBERS_VIEW : SharingMode.MEMBERS_VIEW_AND_REPLY;
            Organization organization = Organization.of(String.format("org-%04d", i),
                    "Customer " + i + " " + suffixes[i % suffixes.length], sharing);
            organizations.add(organization);
            organizationsById.put(organization.id(), organization);
        }
        double[] organizationWeights = zipf(organizationCount, 0.8);
        for (int i = 0; i < contactCount; i++) {
            // the first contact of each organization is its primary user; the others join by a skewed draw
            int org = i < organizationCount ? i : pick(random, organizationWeights);
            OrganizationId organization = organizations.get(org).id();
            Membership membership;
            if (i < organizationCount) {
                membership = Membership.primaryUser(organization);
                primaryUsers.put(organization, ContactId.of(String.format("c-%05d", i)));
            } else if (random.nextInt(10) == 0) {
                membership = Membership.limitedTo(organization, Set.of(CategoryId.of("billing")));
            } else {
                membership = Membership.member(organization);
            }
            contacts.add(new Contact(ContactId.of(String.format("c-%05d", i)), "Contact", "Number " + i,
                    EmailAddress.of(String.format("c%05d@org%04d.example", i, org)), Set.of(), List.of(membership)));
        }
        requesterWeights = shuffledZipf(contactCount, 0.6, random);
        topLevel = schema.categories().topLevel();
        for (String team : List.of("technical-support", "billing", "web-services")) {
            TeamId id = TeamId.of(team);
            agentsByTeam.put(id, List.of(AgentId.of(team + "-1"), AgentId.of(team + "-2")));
        }
    }

    void saveDirectory(DirectoryService directory) {
        organizations.forEach(directory::save);
        agentsByTeam.forEach((team, agents) -> {
            directory.save(new Team(team, team.value()));
            for (AgentId agent : agents) {
                directory.save(new Agent(agent, "Agent " + agent.value(), EmailAddress.of(agent.value() + "@support.example"),
                        Set.of(team), AgentRole.AGENT));
            }
        });
        directory.save(new Agent(ADMIN, "Benchmark Admin", EmailAddress.of("admin@support.example"), Set.of(),
                AgentRole.ADMIN));
        contacts.forEach(directory::save);
    }

    /** A requester drawn with the activity skew. */
    Contact requester(SplittableRandom random) {
        return contacts.get(pick(random, requesterWeights));
    }

    /** The contact's only membership. */
    static Membership membership(Contact contact) {
        return contact.memberships().get(0);
    }

    Organization organizationOf(Contact contact) {
        return organizationsById.get(membership(contact).organization());
    }

    ContactId primaryUserOf(OrganizationId organization) {
        return primaryUsers.get(organization);
    }

    /** Whether the contact sees only their own tickets (so their list is "a requester's page"). */
    boolean seesOnlyOwnTickets(Contact contact) {
        Membership membership = membership(contact);
        return !membership.primary() && !organizationOf(contact).sharing().membersSeeAll();
    }

    /** A top-level category the contact may open tickets in, and one of its subcategories when it has some. */
    Category[] category(SplittableRandom random, Contact contact) {
        Membership membership = membership(contact);
        Category top;
        if (!membership.allowedCategories().isEmpty()) {
            CategoryId only = membership.allowedCategories().iterator().next();
            top = schema.categories().find(only).orElseThrow();
        } else {
            top = topLevel.get(random.nextInt(topLevel.size()));
        }
        List<Category> children = schema.categories().childrenOf(top.id());
        Category sub = children.isEmpty() ? null : children.get(random.nextInt(children.size()));
        return new Category[] {top, sub};
    }

    Optional<TeamId> routedTeam(Category top, Category sub) {
        return schema.categories().routeTo(top.id(), Optional.ofNullable(sub).map(Category::id));
    }

    String status(SplittableRandom random) {
        return STATUS_CODES[pick(random, cumulative(STATUS_WEIGHTS))];
    }

    AgentId agentOf(TeamId team, SplittableRandom random) {
        List<AgentId> agents = agentsByTeam.get(team);
        return agents.get(random.nextInt(agents.size()));
    }

    private static double[] cumulative(int[] weights) {
        double[] cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private static double[] zipf(int n, double exponent) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    /** Zipf weights in a random order, so the busy contacts are spread over the organizations. */
    private static double[] shuffledZipf(int n, double exponent, SplittableRandom random) {
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = 1.0 / Math.pow(i + 1, exponent);
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double swap = weights[i];
            weights[i] = weights[j];
            weights[j] = swap;
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weights[i];
            weights[i] = sum;
        }
        return weights;
    }

    private static int pick(SplittableRandom random, double[] cumulative) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int index = java.util.Arrays.binarySearch(cumulative, u);
        return index >= 0 ? index : Math.min(-index - 1, cumulative.length - 1);
    }
}
