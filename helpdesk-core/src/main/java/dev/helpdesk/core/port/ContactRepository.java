package dev.helpdesk.core.port;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.OrganizationId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customer people. An address (main or authorised) belongs to one contact at most. */
public interface ContactRepository {

    /** Inserts or replaces; an address another contact owns is a {@code ConflictException} (contact.email_taken). */
    void save(Contact contact);

    Optional<Contact> find(ContactId id);

    /** The contact owning this address, as main address or authorised one. */
    Optional<Contact> findByEmail(EmailAddress address);

    /**
     * The contacts with these ids that exist, ordered by id; unknown ids are left out. One call for a page of
     * tickets rather than one per row.
     */
    List<Contact> findAll(Collection<ContactId> ids);

    /**
     * The {@linkplain Contact#displayName() display names} of the contacts with these ids that exist; unknown ids
     * are left out. What a list shows of its requesters, without reading their addresses and memberships.
     */
    default Map<ContactId, String> displayNames(Collection<ContactId> ids) {
        Map<ContactId, String> names = new HashMap<>();
        findAll(ids).forEach(contact -> names.put(contact.id(), contact.displayName()));
        return names;
    }

    /** The members of an organization, ordered by id. */
    List<Contact> inOrganization(OrganizationId organization);
}
