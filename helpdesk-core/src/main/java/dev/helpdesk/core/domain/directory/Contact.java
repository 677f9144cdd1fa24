package dev.helpdesk.core.domain.directory;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.Text;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer person. A contact may belong to several organizations and picks one when opening a ticket.
 *
 * @param authorisedEmails further addresses this contact may open tickets from by e-mail (seed 002)
 */
public record Contact(ContactId id, String firstName, String lastName, EmailAddress email,
                      Set<EmailAddress> authorisedEmails, List<Membership> memberships) {
    public Contact {
        Objects.requireNonNull(id, "id");
        firstName = Text.singleLine("firstName", firstName, 100);
        lastName = Text.optional("lastName", lastName, 100);
        Objects.requireNonNull(email, "email");
        authorisedEmails = Set.copyOf(authorisedEmails);
        memberships = List.copyOf(memberships);
        Set<OrganizationId> seen = new LinkedHashSet<>();
        for (Membership membership : memberships) {
            if (!seen.add(membership.organization())) {
                throw new IllegalArgumentException("contact " + id + " is a member of " + membership.organization() + " twice");
            }
        }
    }

    public String displayName() {
        return displayName(firstName, lastName);
    }

    /** "First Last", or the first name alone: the one rule, for adapters that read names without a contact. */
    public static String displayName(String firstName, String lastName) {
        return lastName.isEmpty() ? firstName : firstName + " " + lastName;
    }

    public Optional<Membership> membershipIn(OrganizationId organization) {
        return memberships.stream().filter(m -> m.organization().equals(organization)).findFirst();
    }

    /** Whether mail from this address may act as this contact. */
    public boolean owns(EmailAddress address) {
        return email.equals(address) || authorisedEmails.contains(address);
    }

    public Contact withMembership(Membership membership) {
        List<Membership> updated = new java.util.ArrayList<>(memberships);
        updated.removeIf(m -> m.organization().equals(membership.organization()));
        updated.add(membership);
        return new Contact(id, firstName, lastName, email, authorisedEmails, updated);
    }
}
