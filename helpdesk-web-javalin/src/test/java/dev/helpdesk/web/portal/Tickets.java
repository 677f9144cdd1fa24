package dev.helpdesk.web.portal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.service.AddMessage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.web.support.DemoData;

/** Tickets made through the services for the page tests, as customers and the demo agent would make them. */
final class Tickets {
    private final Helpdesk helpdesk;

    Tickets(Helpdesk helpdesk) {
        this.helpdesk = helpdesk;
    }

    TicketView open(ContactId requester, String category, String subject, String body) {
        return helpdesk.tickets().open(Caller.contact(requester), OpenTicket.of(CategoryId.of(category), subject, body)
                .withFields(FieldInputs.builder().set("custom.operating_system", "linux").build()));
    }

    TicketView status(TicketView ticket, String status) {
        TicketView current = asAgent(ticket.id());
        return helpdesk.tickets().changeStatus(Caller.agent(DemoData.AGENT), ticket.id(), current.version(), status);
    }

    TicketView agentReply(TicketView ticket, String body) {
        return helpdesk.tickets().reply(Caller.agent(DemoData.AGENT), AddMessage.of(ticket.id(), body));
    }

    TicketView asAgent(TicketId id) {
        return helpdesk.tickets().get(Caller.agent(DemoData.AGENT), id);
    }

    /** A new contact who may sign in with the demo password, alone in a new organization of their own. */
    ContactId newPerson(String id, String email) {
        var people = helpdesk.directory();
        people.save(dev.helpdesk.core.domain.directory.Organization.of(id + "-org", id + " Ltd",
                dev.helpdesk.core.domain.directory.SharingMode.OWN_TICKETS_ONLY));
        ContactId contact = ContactId.of(id);
        people.save(new dev.helpdesk.core.domain.directory.Contact(contact, id, "Tester",
                dev.helpdesk.core.domain.EmailAddress.of(email), java.util.Set.of(), java.util.List.of(
                        dev.helpdesk.core.domain.directory.Membership.member(
                                dev.helpdesk.core.domain.directory.OrganizationId.of(id + "-org")))));
        helpdesk.accounts().invite(Caller.agent(DemoData.AGENT), contact);
        helpdesk.accounts().setPasswordWithCode(helpdesk.accounts().issueWelcomeCode(contact).code(),
                DemoData.PASSWORD);
        return contact;
    }

    static String path(TicketView ticket) {
        return "/tickets/" + ticket.id().value();
    }
}
