package dev.helpdesk.core.domain.account;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.directory.ContactId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * What happens to portal accounts. Events name ids only: never a password, a hash or a code. A consumer that must
 * send a code (the mail adapter) asks the account service for a fresh one when it handles the event.
 */
public final class AccountEvents {
    private AccountEvents() {
    }

    /** Someone asked for a password reset for this contact's address: send them a reset code. */
    public record PasswordResetRequested(ContactId contact, Instant occurredAt) implements DomainEvent {
        public PasswordResetRequested {
            Objects.requireNonNull(contact, "contact");
        }

        @Override
        public String type() {
            return "account.password_reset_requested";
        }
    }

    /** An agent invited this contact to the portal: send the welcome e-mail with a welcome code. */
    public record ContactInvited(ContactId contact, Instant occurredAt) implements DomainEvent {
        public ContactInvited {
            Objects.requireNonNull(contact, "contact");
        }

        @Override
        public String type() {
            return "account.contact_invited";
        }
    }

    /** The contact's password was set, reset or changed. */
    public record PasswordChanged(ContactId contact, Instant occurredAt) implements DomainEvent {
        public PasswordChanged {
            Objects.requireNonNull(contact, "contact");
        }

        @Override
        public String type() {
            return "account.password_changed";
        }
    }

    /**
     * The contact asked for {@code newEmail} to become their address: send it the confirmation link (with a code
     * asked of the account service), and tell the current address, which stays until the link is followed. The
     * new address is in the event, as nothing else keeps it before it is confirmed; it is not a secret.
     */
    public record EmailChangeRequested(ContactId contact, EmailAddress newEmail, Instant occurredAt)
            implements DomainEvent {
        public EmailChangeRequested {
            Objects.requireNonNull(contact, "contact");
            Objects.requireNonNull(newEmail, "newEmail");
        }

        @Override
        public String type() {
            return "account.email_change_requested";
        }
    }

    /**
     * The contact changed their profile; {@code fields} names the fields that changed ({@code email},
     * {@code phone}, …), not their values.
     */
    public record ProfileChanged(ContactId contact, Set<String> fields, Instant occurredAt) implements DomainEvent {
        public ProfileChanged {
            Objects.requireNonNull(contact, "contact");
            fields = Set.copyOf(fields);
        }

        @Override
        public String type() {
            return "account.profile_changed";
        }
    }
}
