package dev.helpdesk.core.inmemory;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.ContactRepository;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

final class InMemoryContactRepository implements ContactRepository {
    private final Table<ContactId, Contact> table;

    InMemoryContactRepository(UnitOfWork unitOfWork) {
        table = new Table<>(unitOfWork, Contact::id, Comparator.comparing(c -> c.id().value()));
    }

    @Override
    public void save(Contact contact) {
        table.upsert(contact, other -> {
            for (EmailAddress address : addressesOf(contact)) {
                if (other.owns(address)) {
                    throw new ConflictException("contact.email_taken",
                            "The address " + address + " belongs to another contact", Map.of("email", address.value()));
                }
            }
        });
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return table.find(id);
    }

    @Override
    public Optional<Contact> findByEmail(EmailAddress address) {
        return table.findFirst(c -> c.owns(address));
    }

    @Override
    public List<Contact> findAll(Collection<ContactId> ids) {
        Set<ContactId> wanted = Set.copyOf(ids);
        return table.where(c -> wanted.contains(c.id()));
    }

    @Override
    public List<Contact> inOrganization(OrganizationId organization) {
        return table.where(c -> c.membershipIn(organization).isPresent());
    }

    private static List<EmailAddress> addressesOf(Contact contact) {
        List<EmailAddress> all = new java.util.ArrayList<>(contact.authorisedEmails());
        all.add(contact.email());
        return all;
    }
}
