package dev.helpdesk.examples.portal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.account.AccountEvents;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.core.service.IssuedCode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The account e-mails: reset and welcome codes (issued fresh here, as the account service asks of the mail
 * adapter, since events never carry codes), and the notice that a password changed.
 */
final class AccountMails {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private final Helpdesk helpdesk;

    AccountMails(Helpdesk helpdesk) {
        this.helpdesk = helpdesk;
    }

    Optional<Draft> compose(DomainEvent event) {
        if (event instanceof AccountEvents.PasswordResetRequested reset) {
            Contact contact = contact(reset.contact());
            IssuedCode code = helpdesk.accounts().issueResetCode(contact.id());
            return Optional.of(new Draft(contact.email().value(), "Your password reset code", greeting(contact)
                    + "someone, hopefully you, asked to reset your portal password.\n\n"
                    + "Your code: " + code.code() + "\n\n"
                    + "It works once, until " + time(code.expiresAt()) + ". Enter it with your new password on the "
                    + "portal's \"Forgot password?\" page: " + link("/sign-in") + "\n\n"
                    + "If it was not you, ignore this e-mail: your password stays as it is.\n"));
        }
        if (event instanceof AccountEvents.ContactInvited invited) {
            Contact contact = contact(invited.contact());
            IssuedCode code = helpdesk.accounts().issueWelcomeCode(contact.id());
            String welcome = helpdesk.portalSettings().get()
                    .welcomeText(helpdesk.accounts().profile(Caller.contact(contact.id())).language());
            return Optional.of(new Draft(contact.email().value(), "Welcome to the support portal", greeting(contact)
                    + welcome + "\n\n"
                    + "Your welcome code: " + code.code() + "\n\n"
                    + "It works once, until " + time(code.expiresAt()) + ": " + link("/sign-in") + "\n"));
        }
        if (event instanceof AccountEvents.PasswordChanged changed) {
            Contact contact = contact(changed.contact());
            return Optional.of(new Draft(contact.email().value(), "Your password was changed", greeting(contact)
                    + "the password of your support portal account was just changed. If it was not you, ask for a "
                    + "new one at once: " + link("/sign-in") + "\n"));
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

    /** Times in mail: to the minute, in UTC (the demo knows no reader's time zone). */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String greeting(Contact contact) {
        return "Hello " + contact.firstName() + ",\n\n";
    }
}
