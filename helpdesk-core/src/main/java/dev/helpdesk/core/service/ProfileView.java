package dev.helpdesk.core.service;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;

/**
 * "My profile" (seed 001): the name and address from the directory, the rest from the account.
 *
 * @param languageChosen whether the contact picked {@code language} themselves (until then a portal may follow the
 *                       browser's language, while mails use {@code language})
 * @param hasPassword    whether a portal password is set (changing the address asks for it)
 */
public record ProfileView(ContactId contact, String firstName, String lastName, EmailAddress email, String jobTitle,
                          String phone, Language language, boolean languageChosen,
                          boolean hasPassword) {
}
