package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Tickets.aTicket;
import static dev.helpdesk.core.fixture.Tickets.at;
import static dev.helpdesk.core.fixture.Tickets.nextVersionOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldValue;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.Attachment;
import dev.helpdesk.core.domain.ticket.AttachmentId;
import dev.helpdesk.core.domain.ticket.Author;
import dev.helpdesk.core.domain.ticket.Channel;
import dev.helpdesk.core.domain.ticket.Message;
import dev.helpdesk.core.domain.ticket.MessageId;
import dev.helpdesk.core.domain.ticket.MessageVisibility;
import dev.helpdesk.core.domain.ticket.Ticket;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.domain.ticket.TicketNumber;
import dev.helpdesk.core.fixture.Tickets;
import dev.helpdesk.core.port.TicketRepository;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link TicketRepository}: numbers, insert, find, update with optimistic locking, append-only messages. */
public abstract class TicketRepositoryContract extends PortContract {

    private TicketRepository tickets() {
        return storage().tickets();
    }

    private void insert(Ticket ticket) {
        inTransaction(() -> tickets().insert(ticket));
    }

    private void update(Ticket ticket) {
        inTransaction(() -> tickets().update(ticket));
    }

    /** A ticket using every component: fields of every kind, subcategory, assignment, attachments, resolution. */
    static Ticket aTicketWithEverything(long number) {
        Attachment log = new Attachment(AttachmentId.of("a-" + number), "printer log.txt", 42, "text/plain",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
        Message byMail = new Message(MessageId.of("t-" + number + "-m1"), Author.customer(ContactId.of("alice")),
                MessageVisibility.PUBLIC, Channel.EMAIL, "The printer on floor 2 *jams*.\n\nSee the log.", at(1),
                List.of(log), Optional.of("<abc.123@mail.example.test>"));
        return aTicket().number(number).subject("Printer on floor 2 jams — again")
                .requester("alice").organization("acme").category("hardware").subcategory("printers")
                .status("closed").resolvedAt(at(5))
                .priority("high").type("incident")
                .field(FieldRef.custom("serial"), new FieldValue.TextValue("SN-0042"))
                .field(FieldRef.custom("pages"), new FieldValue.NumberValue(new BigDecimal("12.50")))
                .field(FieldRef.custom("since"), new FieldValue.DateValue(LocalDate.of(2026, 2, 27)))
                .field(FieldRef.custom("modules"), new FieldValue.ChoicesValue(new TreeSet<>(Set.of("scan", "fax"))))
                .field(FieldRef.custom("onsite"), new FieldValue.CheckboxValue(true))
                .assignedToTeam(TeamId.of("hardware-team")).assignedTo(AgentId.of("ann"))
                .withMessage(byMail).withAgentReply("Can you send a photo?").withInternalNote("Toner supplier is late")
                .createdAt(at(0)).updatedAt(at(5))
                .build();
    }

    @Test
    public void nextNumberHandsOutIncreasingNumbers() {
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            numbers.add(tickets().nextNumber().value());
        }
        assertThat(numbers).as(adapter("hands out strictly increasing ticket numbers")).isSorted().doesNotHaveDuplicates();
    }

    @Test
    public void nextNumberInsideTransactionsHandsOutIncreasingNumbers() {
        List<Long> numbers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            numbers.add(storage().transactor().inTransaction(() -> tickets().nextNumber().value()));
        }
        assertThat(numbers).as(adapter("hands out strictly increasing ticket numbers in units of work"))
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    public void nextNumberStaysUniqueAndIncreasingAcrossThreads() throws Exception {
        int threads = 8;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.add(tickets().nextNumber().value());
                    }
                    return mine;
                }));
            }
            start.countDown();
            Set<Long> all = new HashSet<>();
            for (Future<List<Long>> result : results) {
                List<Long> mine = result.get(30, TimeUnit.SECONDS);
                assertThat(mine).as(adapter("hands each thread increasing numbers")).isSorted().doesNotHaveDuplicates();
                all.addAll(mine);
            }
            assertThat(all).as(adapter("never hands the same number to two threads")).hasSize(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void nextNumberIsNeverANumberAStoredTicketHas() {
        insert(aTicket().number(5).build());
        TicketNumber next = tickets().nextNumber();
        assertThat(next.value()).as(adapter("hands out a number above those of stored tickets")).isGreaterThan(5);
    }

    @Test
    public void anInsertedTicketIsFoundByIdAndByNumberEqualToWhatWasInserted() {
        Ticket ticket = aTicketWithEverything(tickets().nextNumber().value());
        insert(ticket);
        assertThat(tickets().find(ticket.id())).as(adapter("finds the ticket by id, equal to what was inserted"))
                .contains(ticket);
        assertThat(tickets().findByNumber(ticket.number()))
                .as(adapter("finds the ticket by number, equal to what was inserted")).contains(ticket);
    }

    @Test
    public void aPlainTicketRoundTripsToo() {
        Ticket ticket = aTicket().number(tickets().nextNumber().value()).build();
        insert(ticket);
        assertThat(tickets().find(ticket.id())).as(adapter("keeps a ticket with no fields, no messages"))
                .contains(ticket);
    }

    @Test
    public void findOfAnUnknownTicketIsEmpty() {
        insert(aTicket().number(1).build());
        assertThat(tickets().find(TicketId.of("t-404"))).as(adapter("finds nothing under an unknown id")).isEmpty();
        assertThat(tickets().findByNumber(new TicketNumber(404))).as(adapter("finds nothing under an unknown number"))
                .isEmpty();
    }

    @Test
    public void insertingATicketWithATakenIdIsAConflictAndKeepsTheFirst() {
        Ticket first = aTicket().id("t-same").number(1).subject("First").build();
        Ticket second = aTicket().id("t-same").number(2).subject("Second").build();
        insert(first);
        assertConflict("refuses a second ticket with the same id", () -> insert(second));
        assertThat(tickets().find(first.id())).as(adapter("keeps the first ticket")).contains(first);
        assertThat(tickets().findByNumber(second.number())).as(adapter("stores nothing under the refused number"))
                .isEmpty();
    }

    @Test
    public void insertingATicketWithATakenNumberIsAConflictAndKeepsTheFirst() {
        Ticket first = aTicket().id("t-first").number(7).subject("First").build();
        Ticket second = aTicket().id("t-second").number(7).subject("Second").build();
        insert(first);
        assertConflict("refuses a second ticket with the same number", () -> insert(second));
        assertThat(tickets().findByNumber(first.number())).as(adapter("keeps the first ticket under its number"))
                .contains(first);
        assertThat(tickets().find(second.id())).as(adapter("stores nothing under the refused id")).isEmpty();
    }

    @Test
    public void anUpdateOverThePreviousVersionIsAccepted() {
        Ticket ticket = aTicket().number(1).withPublicMessage("Help").build();
        insert(ticket);
        Ticket next = nextVersionOf(ticket).status("replied").priority("high").assignedTo(AgentId.of("ann"))
                .withAgentReply("On it").updatedAt(at(3)).build();
        update(next);
        Ticket third = nextVersionOf(next).closed().updatedAt(at(4)).build();
        update(third);
        assertThat(tickets().find(ticket.id())).as(adapter("keeps the latest accepted state")).contains(third);
        assertThat(tickets().findByNumber(ticket.number())).as(adapter("finds the latest state by number"))
                .contains(third);
    }

    @Test
    public void anUpdateMadeWithTheDomainVerbsIsAccepted() {
        Ticket ticket = aTicket().number(1).build();
        insert(ticket);
        Ticket noted = ticket.withInternalNote(Tickets.internalNote("t-1-m1", AgentId.of("ann"), "Called them", at(2)));
        update(noted);
        assertThat(tickets().find(ticket.id())).as(adapter("keeps the state a domain verb made")).contains(noted);
    }

    @Test
    public void anUpdateWithAStaleVersionIsAConflictAndWritesNothing() {
        Ticket ticket = aTicket().number(1).withPublicMessage("Help").build();
        insert(ticket);
        Ticket mine = nextVersionOf(ticket).status("in_progress").updatedAt(at(2)).build();
        update(mine);
        Ticket theirs = nextVersionOf(ticket).status("closed").withAgentReply("Done").updatedAt(at(3)).build();
        assertConflict("ticket.stale", "refuses a state made from an older version", () -> update(theirs));
        assertThat(tickets().find(ticket.id())).as(adapter("keeps the stored ticket unchanged")).contains(mine);
    }

    @Test
    public void anUpdateAtTheStoredVersionOrSkippingOneIsStale() {
        Ticket ticket = aTicket().number(1).build();
        insert(ticket);
        Ticket sameVersion = Tickets.copyOf(ticket).status("replied").build();
        Ticket skipping = Tickets.copyOf(ticket).status("replied").version(3).build();
        assertConflict("ticket.stale", "refuses a state at the stored version", () -> update(sameVersion));
        assertConflict("ticket.stale", "refuses a state two versions ahead", () -> update(skipping));
        assertThat(tickets().find(ticket.id())).as(adapter("keeps the stored ticket unchanged")).contains(ticket);
    }

    @Test
    public void anUpdateThatDropsAStoredMessageIsRefused() {
        Ticket ticket = aTicket().number(1).withPublicMessage("First").withInternalNote("Second").build();
        insert(ticket);
        Ticket withoutTheNote = nextVersionOf(ticket).withoutMessages().withMessage(ticket.messages().get(0))
                .updatedAt(at(1)).build();
        assertConflict("ticket.stale", "refuses a state that drops a stored message", () -> update(withoutTheNote));
        Ticket withNone = nextVersionOf(ticket).withoutMessages().withPublicMessage("Other").updatedAt(at(1)).build();
        assertConflict("ticket.stale", "refuses a state that replaces the stored messages", () -> update(withNone));
        assertThat(tickets().find(ticket.id())).as(adapter("keeps the stored messages")).contains(ticket);
    }

    @Test
    public void messagesAddedByUpdatesComeBackInOrder() {
        Ticket ticket = aTicket().number(1).withPublicMessage("one").build();
        insert(ticket);
        Ticket second = nextVersionOf(ticket).withAgentReply("two").withInternalNote("three").updatedAt(at(1)).build();
        update(second);
        Ticket third = nextVersionOf(second).withPublicMessage("four").updatedAt(at(2)).build();
        update(third);
        assertThat(tickets().find(ticket.id()).orElseThrow().messages()).extracting(Message::body)
                .as(adapter("keeps messages in the order they were added")).containsExactly("one", "two", "three", "four");
        assertThat(tickets().find(ticket.id())).as(adapter("gives back the whole last state")).contains(third);
    }

    @Test
    public void ticketsAreKeptApart() {
        Ticket one = aTicket().number(1).subject("One").build();
        Ticket two = aTicket().number(2).subject("Two").requester("bob").build();
        insert(one);
        insert(two);
        update(nextVersionOf(one).status("replied").updatedAt(at(1)).build());
        assertThat(tickets().find(two.id())).as(adapter("leaves other tickets alone on update")).contains(two);
        assertThat(tickets().findByNumber(two.number())).as(adapter("finds each ticket by its own number"))
                .contains(two);
    }
}
