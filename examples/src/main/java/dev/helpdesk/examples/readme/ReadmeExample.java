package dev.helpdesk.examples.readme;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.ListTickets;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketSummaryView;
import dev.helpdesk.core.service.TicketView;
import java.util.List;
import java.util.Set;

/**
 * The example in README.md, compiled and run by {@code ReadmeExampleTest}, which also checks that the README
 * shows exactly the lines between the markers below.
 */
public final class ReadmeExample {
    private ReadmeExample() {
    }

    public static void main(String[] args) {
        // README:begin
        Helpdesk helpdesk = Helpdesk.builder().storage(new InMemoryStorage()).build();

        helpdesk.directory().save(Organization.of("acme", "Acme Ltd", SharingMode.MEMBERS_VIEW));
        helpdesk.directory().save(new Contact(ContactId.of("anna"), "Anna", "Rossi",
                EmailAddress.of("anna@acme.example"), Set.of(),
                List.of(Membership.primaryUser(OrganizationId.of("acme")))));

        Caller anna = Caller.contact(ContactId.of("anna"));
        TicketView ticket = helpdesk.tickets().open(anna, OpenTicket.of(CategoryId.of("billing"),
                "Invoice 2026-031 charged twice", "We were charged twice in March."));
        System.out.println("Opened " + ticket.reference() + ", routed to " + ticket.assignee().orElse("nobody"));

        for (TicketSummaryView row : helpdesk.tickets().list(anna, ListTickets.firstPage()).items()) {
            System.out.println(row.reference() + " | " + row.subject() + " | " + row.category().name()
                    + " | " + row.status().orElseThrow().label());
        }
        // README:end
    }
}
