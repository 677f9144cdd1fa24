package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import java.util.Objects;

/** Who just proved their identity: what the portal keeps in its session. */
public record SignedIn(ContactId contact, String displayName, EmailAddress email, Language language) {
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
