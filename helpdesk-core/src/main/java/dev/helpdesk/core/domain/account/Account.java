package dev.helpdesk.core.domain.account;

import dev.helpdesk.core.domain.directory.ContactId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact's portal account: the password hash (a PHC string, never the password), the profile details that are not
 * the directory's (job title, phone, preferred language) and the recent failed sign-ins counted against the account
 * (how many clients failed lately: under a wide attack the account asks everyone for the captcha, never locks).
 *
 * @param passwordHash   empty until the contact sets a password (with a welcome or reset code)
 * @param languageChosen whether the contact picked {@code language} themselves; until they do, it is only the default
 *                       their organization gave (mails use it), and the portal may follow the browser instead
 * @param portalAccess   whether the contact may sign in to the portal and ask for reset codes (set by an invitation)
 * @param failedSignIns    recent failures counted against the account (each client counts a few at most)
 * @param failuresExpireAt when {@code failedSignIns} are forgotten: each counted failure moves it on
 * @param version        the stored version this state was read at; 0 for an account never stored
 */
public record Account(ContactId contact, Optional<String> passwordHash, String jobTitle, String phone,
                      Language language, boolean languageChosen, boolean portalAccess, int failedSignIns,
                      Optional<Instant> failuresExpireAt, long version) {
    public Account {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(passwordHash, "passwordHash");
        jobTitle = ProfileRules.jobTitle(jobTitle);
        phone = ProfileRules.phone(phone);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(failuresExpireAt, "failuresExpireAt");
        if (failedSignIns < 0 || version < 0) {
            throw new IllegalArgumentException("failedSignIns and version cannot be negative");
        }
    }

    /** A new account, never stored, without password or portal access. */
    public static Account of(ContactId contact, Language language) {
        return new Account(contact, Optional.empty(), "", "", language, false, false, 0, Optional.empty(), 0);
    }

    public boolean hasPassword() {
        return passwordHash.isPresent();
    }

    /** The failures counted against the account that are not yet forgotten at {@code now}. */
    public int failedSignInsAt(Instant now) {
        return failuresExpireAt.map(now::isBefore).orElse(false) ? failedSignIns : 0;
    }

    /** Invited to the portal: may sign in once a password is set. */
    public Account withPortalAccess() {
        return new Account(contact, passwordHash, jobTitle, phone, language, languageChosen, true, failedSignIns,
                failuresExpireAt, version);
    }

    /** A new password hash; the failures are forgotten, as the contact proved who they are. */
    public Account withPasswordHash(String hash) {
        Objects.requireNonNull(hash, "hash");
        return new Account(contact, Optional.of(hash), jobTitle, phone, language, languageChosen, portalAccess, 0,
                Optional.empty(), version);
    }

    /** New details; a language other than the current one counts as the contact's own choice. */
    public Account withDetails(String newJobTitle, String newPhone, Language newLanguage) {
        return new Account(contact, passwordHash, newJobTitle, newPhone, newLanguage,
                languageChosen || newLanguage != language, portalAccess, failedSignIns, failuresExpireAt, version);
    }

    /** The language the contact picked themselves, even if it is the default they already had. */
    public Account withChosenLanguage(Language chosen) {
        Objects.requireNonNull(chosen, "chosen");
        return new Account(contact, passwordHash, jobTitle, phone, chosen, true, portalAccess, failedSignIns,
                failuresExpireAt, version);
    }

    /**
     * One more failure counted against the account, remembered for {@code window} after it (earlier ones that were
     * already forgotten start the count again).
     */
    public Account signInFailed(Instant now, Duration window) {
        int recent = failedSignInsAt(now);
        int failures = recent == Integer.MAX_VALUE ? recent : recent + 1;
        return new Account(contact, passwordHash, jobTitle, phone, language, languageChosen, portalAccess, failures,
                Optional.of(now.plus(window)), version);
    }

    /** Without the hash: an account in a log line must not hand out material for offline guessing. */
    @Override
    public String toString() {
        return "Account[contact=" + contact + ", passwordHash=" + (passwordHash.isPresent() ? "(hidden)" : "none")
                + ", language=" + language.code() + (languageChosen ? " (chosen)" : "") + ", portalAccess="
                + portalAccess + ", failedSignIns=" + failedSignIns + ", failuresExpireAt="
                + failuresExpireAt.map(Instant::toString).orElse("none") + ", version=" + version + "]";
    }

    /** A successful sign-in clears the failures. */
    public Account signInSucceeded() {
        return new Account(contact, passwordHash, jobTitle, phone, language, languageChosen, portalAccess, 0,
                Optional.empty(), version);
    }
}
