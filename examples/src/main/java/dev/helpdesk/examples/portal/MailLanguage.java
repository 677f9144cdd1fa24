package dev.helpdesk.examples.portal;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.service.Caller;
import dev.helpdesk.web.i18n.Messages;
import dev.helpdesk.web.i18n.Translator;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The language and time zone an e-mail is written in, with the portal's own messages ({@code mail_<lang>.properties}):
 * a contact reads mail in the language of their account, with dates in their organization's time zone. What goes
 * to agents stays in English.
 */
final class MailLanguage {
    private final Helpdesk helpdesk;

    MailLanguage(Helpdesk helpdesk) {
        this.helpdesk = helpdesk;
    }

    Translator of(Contact contact) {
        Language language = helpdesk.accounts().profile(Caller.contact(contact.id())).language();
        ZoneId zone = contact.memberships().stream().map(Membership::organization).findFirst()
                .flatMap(helpdesk.directory()::organization).map(Organization::timeZone).orElse(ZoneOffset.UTC);
        return new Translator(Messages.get(), language, zone);
    }

    /** "Hello Paola," and a blank line, in the reader's language. */
    static String greeting(Translator t, Contact contact) {
        return t.t("mail.greeting", contact.firstName()) + "\n\n";
    }
}
