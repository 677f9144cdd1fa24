package dev.helpdesk.storage.jdbc.internal;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.port.ContactRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/** Contacts in three tables: the person, every address they own (one owner per address), their memberships. */
public final class JdbcContactRepository implements ContactRepository {
    private final Database database;

    public JdbcContactRepository(Database database) {
        this.database = database;
    }

    @Override
    public void save(Contact contact) {
        List<EmailAddress> addresses = new ArrayList<>(contact.authorisedEmails());
        addresses.add(0, contact.email());
        database.write(h -> {
            Sql taken = new Sql("SELECT address FROM contact_address WHERE contact_id <> ")
                    .value(contact.id().value()).append(" AND address IN ")
                    .values(addresses.stream().map(EmailAddress::value).toList());
            Optional<String> owned = taken.query(h).mapTo(String.class).findFirst();
            if (owned.isPresent()) {
                throw emailTaken(owned.get());
            }
            h.createUpdate("INSERT INTO contact (id, first_name, last_name, email) VALUES (:id, :first, :last, :email) "
                            + "ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name, "
                            + "last_name = excluded.last_name, email = excluded.email")
                    .bind("id", contact.id().value()).bind("first", contact.firstName())
                    .bind("last", contact.lastName()).bind("email", contact.email().value()).execute();
            h.createUpdate("DELETE FROM contact_address WHERE contact_id = :id").bind("id", contact.id().value()).execute();
            h.createUpdate("DELETE FROM membership WHERE contact_id = :id").bind("id", contact.id().value()).execute();
            for (EmailAddress address : addresses) {
                try {
                    h.createUpdate("INSERT INTO contact_address (address, contact_id, is_main) VALUES (:a, :c, :main)")
                            .bind("a", address.value()).bind("c", contact.id().value())
                            .bind("main", address.equals(contact.email())).execute();
                } catch (JdbiException e) {
                    if (Database.isUniqueViolation(e)) {
                        throw emailTaken(address.value());
                    }
                    throw e;
                }
            }
            int position = 0;
            for (Membership membership : contact.memberships()) {
                h.createUpdate("INSERT INTO membership (contact_id, organization_id, position, is_primary, allowed_categories) "
                                + "VALUES (:c, :o, :pos, :primary, :allowed)")
                        .bind("c", contact.id().value()).bind("o", membership.organization().value())
                        .bind("pos", position++).bind("primary", membership.primary())
                        .bind("allowed", Json.categories(membership.allowedCategories())).execute();
            }
        });
    }

    @Override
    public Optional<Contact> find(ContactId id) {
        return database.read(h -> load(h, List.of(id.value())).stream().findFirst());
    }

    @Override
    public Optional<Contact> findByEmail(EmailAddress address) {
        return database.read(h -> h.createQuery("SELECT contact_id FROM contact_address WHERE address = :a")
                .bind("a", address.value()).mapTo(String.class).findOne()
                .flatMap(id -> load(h, List.of(id)).stream().findFirst()));
    }

    @Override
    public List<Contact> findAll(Collection<ContactId> ids) {
        List<String> sorted = ids.stream().map(ContactId::value).distinct().sorted().toList();
        return database.read(h -> load(h, sorted));
    }

    /** One statement on the contact table, where a whole contact takes three. */
    @Override
    public Map<ContactId, String> displayNames(Collection<ContactId> ids) {
        List<String> sorted = ids.stream().map(ContactId::value).distinct().sorted().toList();
        Map<ContactId, String> names = new HashMap<>();
        if (sorted.isEmpty()) {
            return names;
        }
        database.read(h -> new Sql("SELECT id, first_name, last_name FROM contact WHERE id IN ").values(sorted)
                .query(h).map((rs, ctx) -> Map.entry(rs.getString(1),
                        Contact.displayName(rs.getString(2), rs.getString(3))))
                .list()).forEach(e -> names.put(ContactId.of(e.getKey()), e.getValue()));
        return names;
    }

    @Override
    public List<Contact> inOrganization(OrganizationId organization) {
        return database.read(h -> load(h, h.createQuery(
                        "SELECT contact_id FROM membership WHERE organization_id = :o ORDER BY contact_id")
                .bind("o", organization.value()).mapTo(String.class).list()));
    }

    /** The contacts with these ids, in the order given; three queries whatever their number. */
    private static List<Contact> load(Handle h, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, List<EmailAddress>> authorised = new HashMap<>();
        new Sql("SELECT contact_id, address FROM contact_address WHERE is_main = ").value(false)
                .append(" AND contact_id IN ").values(ids).append(" ORDER BY address")
                .query(h).map((rs, ctx) -> Map.entry(rs.getString(1), EmailAddress.of(rs.getString(2))))
                .forEach(e -> authorised.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, List<Membership>> memberships = new HashMap<>();
        new Sql("SELECT contact_id, organization_id, is_primary, allowed_categories FROM membership WHERE contact_id IN ")
                .values(ids).append(" ORDER BY contact_id, position")
                .query(h).map((rs, ctx) -> Map.entry(rs.getString(1), new Membership(OrganizationId.of(rs.getString(2)),
                        rs.getBoolean(3), Json.categories(rs.getString(4)))))
                .forEach(e -> memberships.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, Contact> byId = new HashMap<>();
        new Sql("SELECT id, first_name, last_name, email FROM contact WHERE id IN ").values(ids)
                .query(h).map((rs, ctx) -> {
                    String id = rs.getString("id");
                    Set<EmailAddress> extra = new HashSet<>(authorised.getOrDefault(id, List.of()));
                    return new Contact(ContactId.of(id), rs.getString("first_name"), rs.getString("last_name"),
                            EmailAddress.of(rs.getString("email")), extra, memberships.getOrDefault(id, List.of()));
                })
                .forEach(c -> byId.put(c.id().value(), c));
        List<Contact> ordered = new ArrayList<>();
        for (String id : ids) {
            Contact contact = byId.get(id);
            if (contact != null) {
                ordered.add(contact);
            }
        }
        return ordered;
    }

    private static ConflictException emailTaken(String address) {
        return new ConflictException("contact.email_taken", "The address " + address + " belongs to another contact",
                Map.of("email", address));
    }
}
