package dev.helpdesk.examples.portal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.rating.RatingEvents;
import dev.helpdesk.core.domain.secret.SecretEvents;
import dev.helpdesk.core.domain.sla.SlaBreached;
import dev.helpdesk.core.domain.status.StatusCatalog;
import dev.helpdesk.core.domain.ticket.MessageVisibility;
import dev.helpdesk.core.domain.ticket.TicketEvents;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.TicketView;
import dev.helpdesk.examples.portal.demo.DemoData;
import dev.helpdesk.web.i18n.Translator;
import dev.helpdesk.web.portal.tickets.Labels;
import java.util.Optional;
import java.util.Set;

/**
 * The ticket e-mails. What goes to the requester is read through the requester's own view of the ticket, so a
 * mail never shows what the field policy hides from them, and is written in their language (a status by the name
 * the ticket pages give it); what concerns agents goes, in English, to one demo support inbox.
 */
final class TicketMails {
    /** Where the demo sends what agents would be told. */
    static final String SUPPORT_INBOX = "support@support.example";
    /** Reads tickets for the mails: the demo's admin agent sees every ticket. */
    private static final Caller MAILER = Caller.agent(DemoData.AGENT);

    private final Helpdesk helpdesk;
    private final MailLanguage languages;

    TicketMails(Helpdesk helpdesk) {
        this.helpdesk = helpdesk;
        this.languages = new MailLanguage(helpdesk);
    }

    Optional<Draft> compose(DomainEvent event) {
        if (event instanceof TicketEvents.TicketOpened opened) {
            return toRequester(opened.ticket(), "mail.ticket.opened.subject", (t, view) ->
                    t.t("mail.ticket.opened.body", view.subject()));
        }
        if (event instanceof TicketEvents.MessageAdded added && added.visibility() == MessageVisibility.PUBLIC) {
            if (added.byAgent()) {
                return toRequester(added.ticket(), "mail.ticket.reply.subject", (t, view) -> {
                    TicketView.MessageView message = message(view, added);
                    return t.t("mail.ticket.reply.body", message.authorName()) + "\n\n" + message.body()
                            + (message.attachments().isEmpty() ? ""
                            : "\n\n" + t.t("mail.ticket.attachments", message.attachments().size()));
                });
            }
            TicketView.MessageView message = message(helpdesk.tickets().get(MAILER, added.ticket()), added);
            return toSupport(added.ticket(), "Customer reply", message.authorName() + " wrote:\n\n" + message.body()
                    + (message.attachments().isEmpty() ? ""
                    : "\n\n(" + message.attachments().size() + " file(s) attached)"));
        }
        if (event instanceof TicketEvents.StatusChanged changed && !announcedElsewhere(changed.to())) {
            return toRequester(changed.ticket(), "mail.ticket.status.subject", (t, view) -> view.status()
                    .map(status -> t.t("mail.ticket.status.body", new Labels(t).status(status.code(), status.label())))
                    .orElse(null));
        }
        if (event instanceof TicketEvents.TicketResolved resolved) {
            return toRequester(resolved.ticket(), "mail.ticket.resolved.subject",
                    (t, view) -> t.t("mail.ticket.resolved.body"));
        }
        if (event instanceof TicketEvents.TicketAssigned assigned && assigned.assignment().agent().isPresent()) {
            TicketView view = helpdesk.tickets().get(MAILER, assigned.ticket());
            return helpdesk.directory().agent(assigned.assignment().agent().get()).map(agent -> new Draft(
                    agent.email().value(), subject(view, "Assigned to you"), "Hello " + agent.name() + ",\n\n"
                            + view.reference() + " \"" + view.subject() + "\" is now yours.\n"));
        }
        if (event instanceof RatingEvents.RatingReceived rating) {
            return toSupport(rating.ticket(), "Rated " + rating.score().name().toLowerCase(),
                    "The customer rated the handling of the ticket.");
        }
        if (event instanceof RatingEvents.ComplaintRaised complaint) {
            return toSupport(complaint.ticket(), "Complaint", "The customer was unhappy: read the complaint with "
                    + "the rating.");
        }
        if (event instanceof SecretEvents.SecretShared shared) {
            return toSupport(shared.ticket(), "Password shared securely", "The customer shared a secret; reveal "
                    + "it from the ticket (every reveal is audited).");
        }
        if (event instanceof SlaBreached breached) {
            return toSupport(breached.ticket(), "SLA target missed", "The " + breached.target().code()
                    + " target was due at " + AccountMails.time(breached.due()) + ".");
        }
        return Optional.empty();
    }

    private static TicketView.MessageView message(TicketView view, TicketEvents.MessageAdded added) {
        return view.messages().stream().filter(m -> m.id().equals(added.message())).findFirst()
                .orElseThrow(() -> new IllegalStateException("message " + added.message() + " is gone"));
    }

    /**
     * A customer's or agent's reply moves the status, and so does "Mark as resolved": the reply and resolved
     * e-mails say enough, so only the other moves get a status e-mail.
     */
    private boolean announcedElsewhere(String status) {
        StatusCatalog catalog = helpdesk.schema().statuses();
        return Set.of(catalog.onAgentReply(), catalog.onCustomerReply(), catalog.onResolve()).contains(status);
    }

    private interface Body {
        /** The text after the greeting, in the requester's language; {@code null} when there is nothing to tell. */
        String of(Translator t, TicketView view);
    }

    /** A mail to the requester, in their language; {@code what} is the key of what the subject says happened. */
    private Optional<Draft> toRequester(TicketId ticket, String what, Body body) {
        ContactId requester = ContactId.of(helpdesk.tickets().get(MAILER, ticket).requester().id());
        Contact contact = helpdesk.directory().contact(requester)
                .orElseThrow(() -> new IllegalStateException("no requester " + requester + " to write to"));
        TicketView view = helpdesk.tickets().get(Caller.contact(requester), ticket);
        Translator t = languages.of(contact);
        String text = body.of(t, view);
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(new Draft(contact.email().value(), subject(view, t.t(what)),
                MailLanguage.greeting(t, contact) + text + "\n\n" + view.reference() + ": "
                        + helpdesk.portalSettings().get().link("/tickets/" + view.id().value()) + "\n"));
    }

    private Optional<Draft> toSupport(TicketId ticket, String what, String text) {
        TicketView view = helpdesk.tickets().get(MAILER, ticket);
        return Optional.of(new Draft(SUPPORT_INBOX, subject(view, what), text + "\n\n" + view.reference() + " \""
                + view.subject() + "\", requested by " + view.requester().name() + " (" + view.organization().name()
                + ").\n"));
    }

    private static String subject(TicketView view, String what) {
        return "[" + view.reference() + "] " + what + ": " + view.subject();
    }
}
