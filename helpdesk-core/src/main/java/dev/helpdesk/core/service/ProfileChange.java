package dev.helpdesk.core.service;

import java.util.Optional;

/**
 * The whole profile form as the contact sends it; every field is checked and errors name the field. The current
 * password is needed only when the address changes.
 *
 * @param language a language code: en, fr, de, es or it
 */
public record ProfileChange(String firstName, String lastName, String jobTitle, String email, String phone,
                            String language, Optional<String> currentPassword) {
    public ProfileChange {
        currentPassword = currentPassword == null ? Optional.empty() : currentPassword;
    }

    /** The form without a password, for changes that keep the address. */
    public static ProfileChange of(String firstName, String lastName, String jobTitle, String email, String phone,
                                   String language) {
        return new ProfileChange(firstName, lastName, jobTitle, email, phone, language, Optional.empty());
    }

    /** The same form, confirmed with the current password (needed to change the address). */
    public ProfileChange confirmedWith(String password) {
        return new ProfileChange(firstName, lastName, jobTitle, email, phone, language, Optional.ofNullable(password));
    }
}
