package dev.helpdesk.examples.portal.demo;

import static dev.helpdesk.examples.portal.demo.DemoData.AGENT;
import static dev.helpdesk.examples.portal.demo.DemoData.COLLEAGUE;
import static dev.helpdesk.examples.portal.demo.DemoData.OUTSIDER;
import static dev.helpdesk.examples.portal.demo.DemoData.PRIMARY;
import static dev.helpdesk.examples.portal.demo.DemoData.os;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.rating.Score;
import dev.helpdesk.core.domain.ticket.Assignment;
import dev.helpdesk.core.service.AddMessage;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.NewAttachment;
import dev.helpdesk.core.service.OpenTicket;
import dev.helpdesk.core.service.TicketService;
import dev.helpdesk.core.service.TicketView;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The demo tickets after HD-3: one in each status of the default catalog that HD-1 to HD-3 (all "opened") leave
 * out, with agent replies so that conversations have several messages, a file on HD-4, and HD-9 resolved by its
 * requester and rated. Statuses are set the way an agent sets them ({@link TicketService#changeStatus}).
 */
final class DemoTickets {
    private static final Caller AGENT_CALLER = Caller.agent(AGENT);
    static final String BOUNCE_LOG = "Nov 22 08:14:03 mx1 postfix/smtp[4121]: to=<ana@gmail.com>, status=bounced "
            + "(550-5.7.26 Unauthenticated email from acme.example is not accepted due to domain's DMARC policy)\n"
            + "Nov 22 08:15:41 mx1 postfix/smtp[4188]: to=<luis@gmail.com>, status=bounced (550-5.7.26 ...)\n";

    private final Helpdesk helpdesk;
    private final TicketService tickets;

    private DemoTickets(Helpdesk helpdesk) {
        this.helpdesk = helpdesk;
        this.tickets = helpdesk.tickets();
    }

    static void load(Helpdesk helpdesk) {
        new DemoTickets(helpdesk).load();
    }

    private void load() {
        // HD-4 replied: the customer's first message carries a file
        TicketView contactForm = open(PRIMARY, OpenTicket.of(CategoryId.of("email"), "Contact form sends no mail",
                "The contact form on **acme.example** stopped sending mail to `info@acme.example`.\n\n"
                        + "The mail server log is attached.")
                .inSubcategory(CategoryId.of("email-delivery")).withFields(os("linux"))
                .withAttachments(List.of(NewAttachment.of("mail-log.txt", "text/plain",
                        BOUNCE_LOG.getBytes(StandardCharsets.UTF_8)))));
        reply(AGENT_CALLER, contactForm, "Hello Paola,\n\nthe log shows that Gmail refuses mail from your domain "
                + "because of its DMARC policy. Could you tell us who manages the DNS of **acme.example**?");

        // HD-5 in progress: agent, customer, agent
        TicketView php = open(COLLEAGUE, OpenTicket.of(CategoryId.of("control-panel"), "Upgrade the shop to PHP 8.3",
                "Our shop at shop.acme.example needs PHP 8.3 for the new payment module.")
                .inSubcategory(CategoryId.of("control-panel-php")).withFields(os("windows")));
        php = reply(AGENT_CALLER, php, "Hello Marco,\n\nwe can switch tonight at 22:00. Is a short downtime fine?");
        php = reply(Caller.contact(COLLEAGUE), php, "Yes, 22:00 is fine for us.");
        php = reply(AGENT_CALLER, php, "Thank you, the upgrade is planned; we will write when it is done.");
        status(php, "in_progress");

        // HD-6 validation
        TicketView backup = open(PRIMARY, OpenTicket.of(CategoryId.of("control-panel"),
                "Restore yesterday's database backup", "The `orders` table lost rows this morning. Please restore "
                        + "the backup of yesterday 23:00.")
                .inSubcategory(CategoryId.of("control-panel-databases")).withFields(os("linux")));
        backup = reply(AGENT_CALLER, backup, "The backup is restored into `orders_restored`: please check it "
                + "before we swap the tables.");
        status(backup, "validation");

        // HD-7 install request
        TicketView certificate = open(COLLEAGUE, OpenTicket.of(CategoryId.of("other"),
                "Install a certificate for shop.acme.example", "We bought a certificate for the new shop domain; "
                        + "please install it.").withFields(os("macos")));
        status(certificate, "install_request");

        // HD-8 to do, assigned to the demo agent
        TicketView photos = open(PRIMARY, OpenTicket.of(CategoryId.of("website-updates"),
                "New team photos on the About page", "Please replace the photos of the *About us* page; the new "
                        + "ones follow by mail.").withFields(os("windows")));
        photos = tickets.assign(AGENT_CALLER, photos.id(), photos.version(), Assignment.agent(AGENT));
        status(photos, "to_do");

        // HD-9 closed by its requester's "Mark as resolved", then rated
        TicketView quote = open(PRIMARY, OpenTicket.of(CategoryId.of("quotes"), "Quote for 20 more mailboxes",
                "How much would 20 more mailboxes of 10 GB cost per year?").withFields(os("linux")));
        reply(AGENT_CALLER, quote, "Hello Paola,\n\n20 mailboxes of 10 GB cost **EUR 480** a year. The quote is "
                + "valid until the end of the month.");
        tickets.markResolved(Caller.contact(PRIMARY), quote.id());
        helpdesk.ratings().rate(Caller.contact(PRIMARY), quote.id(), Score.HAPPY, "Quick and clear, thank you!");

        // HD-10 replied, for the other organization
        TicketView globex = open(OUTSIDER, OpenTicket.of(CategoryId.of("billing"), "Globex invoice address",
                "Please send our invoices to accounts@globex.example from now on.").withFields(os("macos")));
        reply(AGENT_CALLER, globex, "Done: the next invoice goes to accounts@globex.example.");
    }

    private TicketView open(ContactId requester, OpenTicket command) {
        return tickets.open(Caller.contact(requester), command);
    }

    private TicketView reply(Caller caller, TicketView ticket, String body) {
        return tickets.reply(caller, AddMessage.of(ticket.id(), body));
    }

    private TicketView status(TicketView ticket, String status) {
        return tickets.changeStatus(AGENT_CALLER, ticket.id(), ticket.version(), status);
    }
}
