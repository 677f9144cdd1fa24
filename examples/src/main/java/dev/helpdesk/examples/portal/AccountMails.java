package dev.helpdesk.examples.portal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.account.AccountEvents;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.service.IssuedCode;
import dev.helpdesk.web.i18n.Translator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The account e-mails: reset and welcome codes (issued fresh here, as the account service asks of the mail
 * adapter, since events never carry codes), the notice that a password changed, and for a new e-mail address the
 * link that confirms it (to the new address) and the notice of the change (to the old one). Each is written in the
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

    /** The mails of an account event: none for other events, two for an e-mail change (new address and old). */
    List<Draft> compose(DomainEvent event) {
        if (event instanceof AccountEvents.EmailChangeRequested change) {
            return emailChange(change);
        }
        return composeOne(event).stream().toList();
    }

    /**
     * The link to confirm goes to the new address; the old one, which stays the contact's until then, is told, so
     * that someone who took over a session cannot move the account away unseen.
     */
    private List<Draft> emailChange(AccountEvents.EmailChangeRequested change) {
        Contact contact = contact(change.contact());
        Translator t = languages.of(contact);
        IssuedCode code = helpdesk.accounts().issueEmailChangeCode(contact.id(), change.newEmail());
        String[] expiry = expiry(t, code.expiresAt());
        String confirm = link("/profile/email/confirm?email=" + encode(change.newEmail().value()) + "&code="
                + encode(code.code()));
        Draft toNew = new Draft(change.newEmail().value(), t.t("mail.email_change.subject"),
                MailLanguage.greeting(t, contact)
                + t.t("mail.email_change.body", change.newEmail().value(), confirm) + "\n\n"
                + t.t("mail.email_change.validity", expiry[0], expiry[1]) + "\n");
        Draft toOld = new Draft(contact.email().value(), t.t("mail.email_change_notice.subject"),
                MailLanguage.greeting(t, contact)
                + t.t("mail.email_change_notice.body", change.newEmail().value(), link("/sign-in")) + "\n");
        return List.of(toNew, toOld);
    }

    private Optional<Draft> composeOne(DomainEvent event) {
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
