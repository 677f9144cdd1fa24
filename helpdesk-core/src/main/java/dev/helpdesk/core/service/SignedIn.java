package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import java.util.Objects;

/**
 * Who just proved their identity: what the portal keeps in its session.
 *
 * @param languageChosen whether the contact picked {@code language} themselves; if not, it is their organization's
 *                       default and the portal may keep speaking the browser's language
 */
public record SignedIn(ContactId contact, String displayName, EmailAddress email, Language language,
                       boolean languageChosen) {
    public SignedIn {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(language, "language");
    }

    /** The caller to pass to the other services. */
    public Caller caller() {
        return Caller.contact(contact);
    }
}
