package dev.helpdesk.examples.seedscenario;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldPolicy;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.policy.FieldRule;
import dev.helpdesk.core.domain.staff.Agent;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.staff.AgentRole;
import dev.helpdesk.core.domain.staff.Team;
import dev.helpdesk.core.domain.staff.TeamId;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.error.HelpdeskException;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.OutboxEntry;
import dev.helpdesk.core.service.AddMessage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.core.service.TicketView;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Plays the seeds' stories on the in-memory adapter and prints what happens: a hosting customer (seed 002) with a
 * primary user and a billing-only contact, a ticket's life as in seed 004 (opened, replied, answered, resolved),
 * an internal note customers never see, and the mistakes a customer can make, with the errors they get.
 * Until the portal exists, this is the program the README runs.
 */
public final class SeedScenario {
    private final PrintStream out;
    private final InMemoryStorage storage = new InMemoryStorage();
    private final Helpdesk helpdesk = Helpdesk.builder().storage(storage)
            .schema(TicketSchema.defaults().withPolicy(FieldPolicy.defaults().with(FieldRef.PRIORITY, FieldRule.VIEW_ONLY)))
            .build();
    private final Caller anna = Caller.contact(ContactId.of("anna"));
    private final Caller martha = Caller.contact(ContactId.of("martha"));
    private final Caller tess = Caller.agent(AgentId.of("tess"));
    private final Caller bill = Caller.agent(AgentId.of("bill"));

    SeedScenario(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        new SeedScenario(System.out).play();
    }

    void play() {
        setUp();
        say("1. Anna, primary user of Ecolo Hosting's customer 'Rossi Srl', opens a billing ticket (seed 002).");
        TicketView invoice = helpdesk.tickets().open(anna, OpenTicket.of(CategoryId.of("billing"),
                "Invoice 2026-031 charged twice", "Our card was charged twice for March."));
        show(invoice);

        say("2. Martha may open tickets only in Billing; she tries the Control Panel.");
        attempt(() -> helpdesk.tickets().open(martha, OpenTicket.of(CategoryId.of("control-panel"),
                "PHP 8.4 please", "").inSubcategory(CategoryId.of("control-panel-php"))));
        TicketView receipt = helpdesk.tickets().open(martha, OpenTicket.of(CategoryId.of("billing"),
                "Receipt for February", "Please send the receipt again."));
        show(receipt);

        say("3. Bill (billing team) adds an internal note and answers publicly: the ticket moves to Replied (seed 004).");
        helpdesk.tickets().addInternalNote(bill, AddMessage.of(invoice.id(), "Gateway retried the charge; refund it."));
        show(helpdesk.tickets().reply(bill, AddMessage.of(invoice.id(), "Sorry! The second charge is refunded.")));

        say("4. What Anna sees: no internal note, newest message first.");
        show(helpdesk.tickets().get(anna, invoice.id()));

        say("5. Anna tries to raise the priority, which the policy makes view-only (seed 001).");
        attempt(() -> helpdesk.tickets().updateFields(anna, invoice.id(), helpdesk.tickets().get(anna, invoice.id()).version(),
                FieldInputs.builder().set(FieldRef.PRIORITY, "critical").build()));

        say("6. Anna marks it as resolved; a second click is a conflict.");
        show(helpdesk.tickets().markResolved(anna, invoice.id()));
        attempt(() -> helpdesk.tickets().markResolved(anna, invoice.id()));

        say("7. Anna's list: as primary user she sees Martha's ticket too (seed 001).");
        for (TicketSummaryView row : helpdesk.tickets().list(anna, ListTickets.firstPage()).items()) {
            say(String.format("   %-6s %-34s %-16s %-9s %s", row.reference(), row.subject(), row.category().name(),
                    row.status().map(s -> s.label()).orElse("-"), row.requester().name()));
        }
        say("   Martha's list holds only billing tickets: "
                + helpdesk.tickets().list(martha, ListTickets.firstPage()).items().size() + " of them.");

        say("8. Tess (technical support) may not see billing tickets at all.");
        attempt(() -> helpdesk.tickets().get(tess, invoice.id()));

        say("9. What the outbox holds for the mail adapter (nothing is mailed from inside a transaction):");
        for (OutboxEntry entry : storage.outbox().pending(50)) {
            say("   #" + entry.id() + " " + entry.event().type());
        }
    }

    private void setUp() {
        var directory = helpdesk.directory();
        directory.save(Organization.of("rossi", "Rossi Srl", SharingMode.MEMBERS_VIEW));
        directory.save(new Contact(ContactId.of("anna"), "Anna", "Rossi", EmailAddress.of("anna@rossi.example"),
                Set.of(), List.of(Membership.primaryUser(OrganizationId.of("rossi")))));
        directory.save(new Contact(ContactId.of("martha"), "Martha", "Pagos", EmailAddress.of("martha@rossi.example"),
                Set.of(EmailAddress.of("billing@rossi.example")),
                List.of(Membership.limitedTo(OrganizationId.of("rossi"), Set.of(CategoryId.of("billing"))))));
        directory.save(new Team(TeamId.of("billing"), "Billing"));
        directory.save(new Team(TeamId.of("technical-support"), "Technical support"));
        directory.save(new Team(TeamId.of("web-services"), "Web services"));
        directory.save(new Agent(AgentId.of("bill"), "Bill Ling", EmailAddress.of("bill@hosting.example"),
                Set.of(TeamId.of("billing")), AgentRole.AGENT));
        directory.save(new Agent(AgentId.of("tess"), "Tess Tech", EmailAddress.of("tess@hosting.example"),
                Set.of(TeamId.of("technical-support")), AgentRole.AGENT));
    }

    private void show(TicketView ticket) {
        say("   " + ticket.reference() + " \"" + ticket.subject() + "\" in " + ticket.category().name()
                + ", status " + ticket.status().map(s -> s.label()).orElse("(hidden)")
                + ", assigned to " + ticket.assignee().orElse("nobody") + ", " + ticket.messages().size() + " message(s)");
        for (TicketView.MessageView message : ticket.messages()) {
            say("     - " + message.authorName() + (message.internal() ? " (internal note)" : "") + ": " + message.body());
        }
    }

    private void attempt(Supplier<?> action) {
        try {
            action.get();
            say("   (accepted)");
        } catch (HelpdeskException e) {
            say("   refused, " + e.getClass().getSimpleName() + " [" + e.code() + "]: " + e.getMessage());
        }
    }

    private void say(String line) {
        out.println(line);
    }
}
