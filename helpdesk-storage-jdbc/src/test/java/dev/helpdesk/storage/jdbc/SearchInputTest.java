package dev.helpdesk.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.Page;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.fixture.Directory;
import dev.helpdesk.core.service.AddMessage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.core.service.TicketView;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Whatever a person types in the search box, the ticket list answers with tickets (perhaps none) or with an
 * {@link InvalidInputException} naming "q", never a storage failure: full-text syntax (FTS5 operators, column
 * filters, unbalanced quotes), SQL, oversized input. The tickets are all there afterwards. On an SQLite file and on
 * PostgreSQL, as a customer and as an agent.
 */
@Timeout(60)
class SearchInputTest {

    /** Inputs that may give tickets or a bad "q", by a name for the report. */
    private static final Map<String, String> ANY = new LinkedHashMap<>();
    /** Inputs that must give tickets. */
    private static final Map<String, String> ACCEPTED = new LinkedHashMap<>();
    /** Inputs refused as bad input on "q", by their rule. */
    private static final Map<String, String> REFUSED = new LinkedHashMap<>();

    static {
        for (String input : List.of("\"", "*", "NEAR(", "OR OR", "-", "\"unterminated", "a:b", "col:x", "^",
                "'; DROP TABLE ticket; --", "printer*", "printer OR invoice", "NOT printer", "printer AND", "(printer",
                "public_text:printer", "internal_text : secret", "{public_text internal_text}: printer",
                "NEAR(printer invoice, 2)", "\"printer\" \"", "printer\u0000", "\\", "%", "_", "'", "''", "$1", ":p0",
                "?", "&|!", "printer & !invoice", "printer:*", "😀", "ß", "İ", "\u0301", "x".repeat(500), "-invoice",
                "-\"printer is\"", "--", "-\"", "\"\"", "\" \"", "-a -b -c", "a -a", "\"a\" -\"a\"", "-*", "-(")) {
            ANY.put(input, input.length() > 40 ? input.length() + " characters" : input);
        }
        ACCEPTED.put(words(16), "16 words");
        REFUSED.put("x".repeat(10_000), "too_long");
        REFUSED.put(words(17), "too_many_words");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void everyInputGivesTicketsOrABadSearchNeverAStorageFailure(TestDatabase kind) throws Exception {
        try (TestDatabase.Fresh database = kind.create()) {
            Desk desk = new Desk(database.open());
            List<String> problems = new ArrayList<>();

            for (Caller caller : List.of(desk.alice, desk.admin)) {
                String who = caller instanceof Caller.Agent ? "agent" : "customer";
                ANY.forEach((input, name) -> {
                    try {
                        desk.tickets.list(caller, ListTickets.firstPage().searching(input));
                    } catch (InvalidInputException e) {
                        if (!e.fieldErrors().stream().map(FieldError::field).toList().equals(List.of("q"))) {
                            problems.add(kind + " " + who + " [" + name + "]: " + e.fieldErrors());
                        }
                    } catch (RuntimeException e) {
                        problems.add(kind + " " + who + " [" + name + "]: " + describe(e));
                    }
                });
                ACCEPTED.forEach((input, name) -> {
                    try {
                        desk.tickets.list(caller, ListTickets.firstPage().searching(input));
                    } catch (RuntimeException e) {
                        problems.add(kind + " " + who + " [" + name + "]: " + describe(e));
                    }
                });
                REFUSED.forEach((input, rule) -> {
                    try {
                        desk.tickets.list(caller, ListTickets.firstPage().searching(input));
                        problems.add(kind + " " + who + " [" + rule + "]: accepted");
                    } catch (InvalidInputException e) {
                        if (!e.fieldErrors().stream().map(FieldError::field).toList().equals(List.of("q"))
                                || !e.fieldErrors().get(0).rule().equals(rule)) {
                            problems.add(kind + " " + who + " [" + rule + "]: " + e.fieldErrors());
                        }
                    } catch (RuntimeException e) {
                        problems.add(kind + " " + who + " [" + rule + "]: " + describe(e));
                    }
                });
            }

            assertThat(problems).as("inputs that failed otherwise than with a normal result or a bad 'q'").isEmpty();
            assertThat(ticketRows(database)).as("ticket rows afterwards").isEqualTo(desk.opened.size());
            assertThat(listAll(desk, desk.admin, "")).as("the agent's list afterwards")
                    .containsExactlyInAnyOrderElementsOf(desk.opened.keySet());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TestDatabase.class)
    void engineSyntaxIsNeverSyntaxOnlyWordsPhrasesAndExclusionsAre(TestDatabase kind) {
        try (TestDatabase.Fresh database = kind.create()) {
            Desk desk = new Desk(database.open());
            String printer = desk.subjectNamed("printer");
            String invoice = desk.subjectNamed("invoice");
            String mail = desk.subjectNamed("mail");

            for (Caller caller : List.of(desk.alice, desk.admin)) {
                assertThat(subjects(desk, caller, "\"")).as("no words: every ticket").hasSize(desk.opened.size());
                assertThat(subjects(desk, caller, "*")).as("no words: every ticket").hasSize(desk.opened.size());
                assertThat(subjects(desk, caller, "'; DROP TABLE ticket; --")).as("three words").isEmpty();
                assertThat(subjects(desk, caller, "drop table")).as("two words").containsExactly(mail);
                assertThat(subjects(desk, caller, "printer*")).containsExactly(printer);
                assertThat(subjects(desk, caller, "\"printer")).as("an unterminated quote").containsExactly(printer);
                assertThat(subjects(desk, caller, "INVOICE^")).containsExactly(invoice);
                assertThat(subjects(desk, caller, "col:x")).as("the phrase 'col x'").containsExactly(invoice);
                assertThat(subjects(desk, caller, "public_text:printer")).as("the phrase 'public text printer'").isEmpty();
                assertThat(subjects(desk, caller, "-invoice")).as("an exclusion alone")
                        .containsExactlyInAnyOrder(printer, mail);
                assertThat(subjects(desk, caller, "-invoice -printer")).containsExactly(mail);
            }
            assertThat(subjects(desk, desk.alice, "confidential")).as("a customer never finds internal notes").isEmpty();
            assertThat(subjects(desk, desk.admin, "confidential:*")).containsExactly(printer);
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /** An organization, its member alice with a few tickets (one with an internal note), and an administrator. */
    private static final class Desk {
        final TicketService tickets;
        final Caller alice;
        final Caller admin;
        final Map<TicketId, String> opened = new LinkedHashMap<>();

        Desk(JdbcStorage storage) {
            Helpdesk helpdesk = Helpdesk.builder().storage(storage).build();
            Organization acme = helpdesk.directory().save(Directory.anOrganization("acme"));
            Contact contact = helpdesk.directory().save(Directory.aContact("alice").memberOf(acme).build());
            Agent root = helpdesk.directory().save(Directory.anAgent("root").admin().build());
            this.tickets = helpdesk.tickets();
            this.alice = Caller.contact(contact.id());
            this.admin = Caller.agent(root.id());
            open("The printer is on fire", "It smokes; the toner says NEAR(0) and -1 \"quoted\"");
            open("Invoice paid twice", "Please refund one: a:b col:x");
            open("Mail bounces", "DROP and TABLE are words here");
            TicketView printer = tickets.get(admin, opened.keySet().iterator().next());
            tickets.addInternalNote(admin, AddMessage.of(printer.id(), "confidential: the customer spilled coffee"));
        }

        private void open(String subject, String body) {
            TicketView view = tickets.open(alice, OpenTicket.of(CategoryId.of("billing"), subject, body));
            opened.put(view.id(), subject);
        }

        String subjectNamed(String word) {
            return opened.values().stream().filter(s -> s.toLowerCase().contains(word)).findFirst().orElseThrow();
        }
    }

    private static List<String> subjects(Desk desk, Caller caller, String text) {
        return desk.tickets.list(caller, ListTickets.firstPage().searching(text)).items().stream()
                .map(TicketSummaryView::subject).toList();
    }

    private static List<TicketId> listAll(Desk desk, Caller caller, String text) {
        List<TicketId> all = new ArrayList<>();
        ListTickets request = ListTickets.firstPage().searching(text).ofSize(ListTickets.MAX_PAGE_SIZE);
        while (true) {
            Page<TicketSummaryView> page = desk.tickets.list(caller, request);
            page.items().forEach(row -> all.add(row.id()));
            if (page.nextCursor().isEmpty()) {
                return all;
            }
            request = request.after(page.nextCursor().get());
        }
    }

    private static int ticketRows(TestDatabase.Fresh database) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM ticket")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** {@code n} different words. */
    private static String words(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            text.append(" <- ").append(cause);
        }
        return text.toString();
    }
}
