package dev.helpdesk.examples.portal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.account.AccountEvents;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.service.IssuedCode;
import dev.helpdesk.web.i18n.Translator;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The account e-mails: reset and welcome codes (issued fresh here, as the account service asks of the mail
 * adapter, since events never carry codes), and the notice that a password changed. Each is written in the
 * contact's language, with the expiry of a code in their organization's time zone.
 */
final class AccountMails {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final Helpdesk helpdesk;
    private final MailLanguage languages;

    AccountMails(Helpdesk helpdesk) {
        this.helpdesk = helpdesk;
        this.languages = new MailLanguage(helpdesk);
    }

    Optional<Draft> compose(DomainEvent event) {
        if (event instanceof AccountEvents.PasswordResetRequested reset) {
            Contact contact = contact(reset.contact());
            Translator t = languages.of(contact);
            IssuedCode code = helpdesk.accounts().issueResetCode(contact.id());
            String[] expiry = expiry(t, code.expiresAt());
            return Optional.of(new Draft(contact.email().value(), t.t("mail.reset.subject"),
                    MailLanguage.greeting(t, contact)
                    + t.t("mail.reset.intro") + "\n\n"
                    + t.t("mail.reset.code", code.code()) + "\n\n"
                    + t.t("mail.reset.validity", expiry[0], expiry[1]) + " "
                    + t.t("mail.reset.enter", t.t("auth.forgot.title"), link("/sign-in")) + "\n\n"
                    + t.t("mail.reset.not_you") + "\n"));
        }
        if (event instanceof AccountEvents.ContactInvited invited) {
            Contact contact = contact(invited.contact());
            Translator t = languages.of(contact);
            IssuedCode code = helpdesk.accounts().issueWelcomeCode(contact.id());
            String welcome = helpdesk.portalSettings().get().welcomeText(t.language());
            String[] expiry = expiry(t, code.expiresAt());
            return Optional.of(new Draft(contact.email().value(), t.t("mail.welcome.subject"),
                    MailLanguage.greeting(t, contact)
                    + welcome + "\n\n"
                    + t.t("mail.welcome.code", code.code()) + "\n\n"
                    + t.t("mail.welcome.validity", expiry[0], expiry[1], link("/sign-in")) + "\n"));
        }
        if (event instanceof AccountEvents.PasswordChanged changed) {
            Contact contact = contact(changed.contact());
            Translator t = languages.of(contact);
            return Optional.of(new Draft(contact.email().value(), t.t("mail.password_changed.subject"),
                    MailLanguage.greeting(t, contact) + t.t("mail.password_changed.body", link("/sign-in")) + "\n"));
        }
        return Optional.empty();
    }

    private Contact contact(ContactId id) {
        return helpdesk.directory().contact(id)
                .orElseThrow(() -> new IllegalStateException("no contact " + id + " to write to"));
    }

    private String link(String path) {
        return helpdesk.portalSettings().get().link(path);
    }

    /** When a code stops working, in the reader's time zone, and the name of that zone. */
    private static String[] expiry(Translator t, Instant instant) {
        return new String[] {t.dateTime(instant), t.zone().getId()};
    }

    /** Times in the support inbox's mail: to the minute, in UTC. */
    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
