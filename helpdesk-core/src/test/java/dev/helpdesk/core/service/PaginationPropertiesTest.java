package dev.helpdesk.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.Page;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketSort;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.fixture.Generators;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Walking a ticket list page by page with the returned cursors gives exactly the whole list, in order, once each,
 * for random tickets (many sharing a timestamp: the clock here only ever shows a few distinct seconds), random
 * page sizes and every sort; and a cursor that is not one the list handed out is refused.
 */
class PaginationPropertiesTest {
    private static final AgentId ADMIN = AgentId.of("root");
    private static final ContactId BOSS = ContactId.of("boss");
    private static final List<ContactId> REQUESTERS = List.of(ContactId.of("ann"), ContactId.of("bob"), BOSS);
    private static final List<String> PRIORITIES = List.of("low", "medium", "high", "critical");

    /** What happens to the helpdesk before the listing: tickets opened and touched at chosen seconds. */
    sealed interface Action permits Open, Touch, ClearPriority {
    }

    record Open(int second, int requester, Optional<String> priority) implements Action {
    }

    /** An agent's reply to the n-th ticket (modulo how many there are), which moves its last update. */
    record Touch(int second, int ticket) implements Action {
    }

    record ClearPriority(int second, int ticket) implements Action {
    }

    private static final Gen<Action> ACTIONS = in -> {
        int second = Generate.range(0, 3).generate(in);
        switch (Generate.range(0, 9).generate(in)) {
            case 0: case 1: case 2: case 3: case 4: case 5:
                Optional<String> priority = Generators.chance(80).generate(in)
                        ? Optional.of(Generate.pick(PRIORITIES).generate(in)) : Optional.empty();
                return new Open(second, Generate.range(0, REQUESTERS.size() - 1).generate(in), priority);
            case 6: case 7: case 8:
                return new Touch(second, Generate.range(0, 40).generate(in));
            default:
                return new ClearPriority(second, Generate.range(0, 40).generate(in));
        }
    };

    private static final Gen<List<Action>> HISTORIES = in -> {
        int count = Generate.range(0, 45).generate(in);
        List<Action> actions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            actions.add(ACTIONS.generate(in));
        }
        return actions;
    };

    @Test
    void walkingThePagesGivesTheWholeListInOrderEachTicketOnce() {
        qt().withExamples(30).withShrinkCycles(100)
                .forAll(HISTORIES, Generate.range(1, 8), Generate.enumValues(TicketSort.class), Generate.booleans())
                .checkAssert((history, pageSize, sort, asCustomer) -> {
                    Desk desk = desk(history);
                    Caller caller = asCustomer ? Caller.contact(BOSS) : Caller.agent(ADMIN);

                    List<TicketSummaryView> walked = walk(desk.service, caller, sort, pageSize);

                    List<TicketSummaryView> whole = desk.service.list(caller, ListTickets.firstPage().sortedBy(sort)
                            .ofSize(ListTickets.MAX_PAGE_SIZE)).items();
                    assertThat(whole).hasSize(desk.opened.size());
                    List<TicketSummaryView> reference = new ArrayList<>(whole);
                    reference.sort(referenceOrder(sort));
                    assertThat(ids(whole)).as("one page in %s order", sort).containsExactlyElementsOf(ids(reference));
                    assertThat(ids(walked)).as("pages of %s in %s order", pageSize, sort)
                            .doesNotHaveDuplicates()
                            .containsExactlyElementsOf(ids(reference));
                    assertThat(ids(walked)).containsExactlyInAnyOrderElementsOf(desk.opened);
                });
    }

    @Test
    void aCursorMadeForAnotherSortIsRefusedNamingTheCursor() {
        Gen<TicketSort> sorts = Generate.enumValues(TicketSort.class);
        qt().withExamples(30).forAll(Generate.range(3, 12), sorts, sorts)
                .assuming((count, made, used) -> made != used)
                .checkAssert((count, made, used) -> {
                    List<Action> history = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        history.add(new Open(i % 2, i % REQUESTERS.size(), Optional.of(PRIORITIES.get(i % 4))));
                    }
                    Desk desk = desk(history);
                    Caller admin = Caller.agent(ADMIN);
                    String cursor = desk.service.list(admin, ListTickets.firstPage().sortedBy(made).ofSize(2))
                            .nextCursor().orElseThrow();

                    assertRefused(() -> desk.service.list(admin, ListTickets.firstPage().sortedBy(used).ofSize(2).after(cursor)));
                    assertThat(desk.service.list(admin, ListTickets.firstPage().sortedBy(made).ofSize(2).after(cursor)).items())
                            .as("the same cursor with its own sort").hasSize(Math.min(2, count - 2));
                });
    }

    @Test
    void aTamperedOrMadeUpCursorIsRefusedNamingTheCursor() {
        Pattern wellFormed = Pattern.compile("(UPDATED|CREATED|PRIORITY):[-+]?\\d+:[-+]?\\d+:[-+]?\\d+");
        Gen<String> madeUp = Generate.oneOf(
                strings().ascii().ofLengthBetween(0, 30),
                strings().basicLatinAlphabet().ofLengthBetween(1, 30)
                        .map(s -> Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8))),
                Generate.pick(List.of("UPDATED:0:1", "UPDATED:0:1:2:3", "UPDATED:x:1:2", "UPDATED:0:1.5:2", "updated:0:1:2",
                        "UPDATED::1:2", "UPDATED:0:99999999999999999999:1"))
                        .map(s -> Base64.getUrlEncoder().withoutPadding().encodeToString(s.getBytes(StandardCharsets.UTF_8))),
                Generate.pick(List.of("VVBEQVRFRDowOjE3NzI0NDIwMDAwMDA6Mw==!", "VVBEQVRFRDowOjE3NzI0NDIwMDAwMDA6Mw+/", "%%%")));
        Desk desk = desk(List.of(new Open(0, 0, Optional.empty()), new Open(1, 1, Optional.empty())));
        Caller admin = Caller.agent(ADMIN);
        qt().withExamples(200)
                .forAll(madeUp)
                .assuming(cursor -> !wellFormed.matcher(decoded(cursor)).matches())
                .checkAssert(cursor -> assertRefused(() -> desk.service.list(admin,
                        ListTickets.firstPage().sortedBy(TicketSort.UPDATED).after(cursor))));
    }

    // ---------------------------------------------------------------------------------- reference order

    /** Newest first by the sort's time (priority, highest first, before it for PRIORITY), then number. */
    private static Comparator<TicketSummaryView> referenceOrder(TicketSort sort) {
        Comparator<TicketSummaryView> byNumber = Comparator.comparingLong(PaginationPropertiesTest::number);
        Comparator<TicketSummaryView> byTime = sort == TicketSort.CREATED
                ? Comparator.comparing(TicketSummaryView::createdAt)
                : Comparator.comparing(TicketSummaryView::updatedAt);
        Comparator<TicketSummaryView> ascending = byTime.thenComparing(byNumber);
        if (sort == TicketSort.PRIORITY) {
            ascending = Comparator.comparingInt(PaginationPropertiesTest::priorityRank).thenComparing(ascending);
        }
        return ascending.reversed();
    }

    private static int priorityRank(TicketSummaryView row) {
        return row.fields().stream().filter(f -> f.ref().equals(FieldRef.PRIORITY)).findFirst()
                .flatMap(TicketView.FieldView::value).map(PRIORITIES::indexOf).orElse(-1);
    }

    private static long number(TicketSummaryView row) {
        return Long.parseLong(row.reference().substring(row.reference().indexOf('-') + 1));
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static void assertRefused(Runnable listing) {
        assertThatThrownBy(listing::run).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(f -> f.field(), f -> f.rule())
                        .containsExactly(tuple("cursor", "invalid")));
    }

    private static String decoded(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static List<TicketSummaryView> walk(TicketService service, Caller caller, TicketSort sort, int pageSize) {
        List<TicketSummaryView> seen = new ArrayList<>();
        ListTickets request = ListTickets.firstPage().sortedBy(sort).ofSize(pageSize);
        for (int pages = 0; pages < 200; pages++) {
            Page<TicketSummaryView> page = service.list(caller, request);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(pageSize);
            if (page.nextCursor().isPresent()) {
                assertThat(page.items()).as("a page with a next one is full").hasSize(pageSize);
            }
            seen.addAll(page.items());
            if (page.nextCursor().isEmpty()) {
                return seen;
            }
            request = request.after(page.nextCursor().get());
        }
        throw new AssertionError("more than 200 pages");
    }

    private static List<TicketId> ids(List<TicketSummaryView> rows) {
        return rows.stream().map(TicketSummaryView::id).toList();
    }

    private static final class Desk {
        final TicketService service;
        final List<TicketId> opened = new ArrayList<>();

        Desk(TicketService service) {
            this.service = service;
        }
    }

    /** A helpdesk where the history happened, with a clock that only shows the chosen seconds. */
    private static Desk desk(List<Action> history) {
        AtomicReference<Instant> time = new AtomicReference<>(Generators.EPOCH);
        Helpdesk helpdesk = Helpdesk.builder().storage(new InMemoryStorage(time::get)).clock(time::get)
                .ids(Generators.countingIds()).build();
        Organization acme = Organization.of("acme", "Acme", SharingMode.OWN_TICKETS_ONLY);
        helpdesk.directory().save(acme);
        for (ContactId id : REQUESTERS) {
            Membership membership = id.equals(BOSS) ? Membership.primaryUser(acme.id()) : Membership.member(acme.id());
            helpdesk.directory().save(new Contact(id, "Contact", id.value(), EmailAddress.of(id.value() + "@acme.example"),
                    Set.of(), List.of(membership)));
        }
        helpdesk.directory().save(new Agent(ADMIN, "Root", EmailAddress.of("root@support.example"), Set.of(), AgentRole.ADMIN));
        Desk desk = new Desk(helpdesk.tickets());
        Caller admin = Caller.agent(ADMIN);
        for (Action action : history) {
            if (action instanceof Open) {
                Open open = (Open) action;
                time.set(Generators.EPOCH.plusSeconds(open.second()));
                FieldInputs fields = open.priority().map(p -> FieldInputs.builder().set(FieldRef.PRIORITY, p).build())
                        .orElse(FieldInputs.NONE);
                desk.opened.add(desk.service.open(admin, OpenTicket.of(CategoryId.of("billing"), "Ticket", "")
                        .onBehalfOf(REQUESTERS.get(open.requester())).withFields(fields)).id());
            } else if (!desk.opened.isEmpty() && action instanceof Touch) {
                Touch touch = (Touch) action;
                time.set(Generators.EPOCH.plusSeconds(touch.second()));
                desk.service.reply(admin, AddMessage.of(desk.opened.get(touch.ticket() % desk.opened.size()), "On it"));
            } else if (!desk.opened.isEmpty() && action instanceof ClearPriority) {
                ClearPriority clear = (ClearPriority) action;
                time.set(Generators.EPOCH.plusSeconds(clear.second()));
                TicketId id = desk.opened.get(clear.ticket() % desk.opened.size());
                desk.service.updateFields(admin, id, desk.service.get(admin, id).version(),
                        FieldInputs.builder().set(FieldRef.PRIORITY).build());
            }
        }
        return desk;
    }
}
