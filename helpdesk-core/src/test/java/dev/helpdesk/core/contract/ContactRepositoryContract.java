package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Directory.aContact;
import static dev.helpdesk.core.fixture.Directory.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Membership;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.port.ContactRepository;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link ContactRepository}: save inserts or replaces, find, findByEmail by main or authorised address (an address
 * belongs to one contact at most), inOrganization ordered by id.
 */
public abstract class ContactRepositoryContract extends PortContract {
    private final Organization acme = anOrganization("acme");
    private final Organization globex = anOrganization("globex");

    private ContactRepository contacts() {
        return storage().contacts();
    }

    private void save(Contact contact) {
        inTransaction(() -> contacts().save(contact));
    }

    @Test
    public void aSavedContactIsFoundEqualToWhatWasSaved() {
        Contact martha = new Contact(ContactId.of("martha"), "Martha", "Müller-Lüdenscheidt",
                EmailAddress.of("martha@acme.test"),
                Set.of(EmailAddress.of("billing@acme.test"), EmailAddress.of("m.mueller@acme.test")),
                List.of(new Membership(acme.id(), false, Set.of(CategoryId.of("billing"), CategoryId.of("refunds"))),
                        Membership.primaryUser(globex.id())));
        save(martha);
        assertThat(contacts().find(martha.id())).as(adapter("finds the contact as saved, memberships and all"))
                .contains(martha);
    }

    @Test
    public void findOfAnUnknownContactIsEmpty() {
        save(aContact("alice").build());
        assertThat(contacts().find(ContactId.of("bob"))).as(adapter("finds no unknown contact")).isEmpty();
    }

    @Test
    public void savingAgainReplaces() {
        Contact alice = aContact("alice").memberOf(acme).authorisedEmail("alice@home.test").build();
        save(alice);
        Contact changed = aContact("alice").named("Alice", "Liddell").email("alice@globex.test").primaryUserOf(globex)
                .build();
        save(changed);
        assertThat(contacts().find(alice.id())).as(adapter("keeps the replacing contact")).contains(changed);
        assertThat(contacts().inOrganization(acme.id())).as(adapter("forgets the replaced membership")).isEmpty();
        assertThat(contacts().inOrganization(globex.id())).as(adapter("knows the new membership"))
                .containsExactly(changed);
        assertThat(contacts().findByEmail(alice.email())).as(adapter("frees the replaced main address")).isEmpty();
        assertThat(contacts().findByEmail(EmailAddress.of("alice@home.test")))
                .as(adapter("frees the dropped authorised address")).isEmpty();
        assertThat(contacts().findByEmail(changed.email())).as(adapter("finds the contact by its new address"))
                .contains(changed);
    }

    @Test
    public void findByEmailFindsTheOwnerOfAMainAddress() {
        Contact alice = aContact("alice").memberOf(acme).build();
        Contact bob = aContact("bob").memberOf(acme).build();
        save(alice);
        save(bob);
        assertThat(contacts().findByEmail(EmailAddress.of("bob@example.test")))
                .as(adapter("finds a contact by main address")).contains(bob);
        assertThat(contacts().findByEmail(EmailAddress.of("Alice@Example.TEST")))
                .as(adapter("finds a contact by main address typed in another case")).contains(alice);
    }

    @Test
    public void findByEmailFindsTheOwnerOfAnAuthorisedAddress() {
        Contact alice = aContact("alice").authorisedEmail("helpdesk@acme.test", "alice@home.test").build();
        save(alice);
        save(aContact("bob").build());
        assertThat(contacts().findByEmail(EmailAddress.of("alice@home.test")))
                .as(adapter("finds a contact by an authorised address")).contains(alice);
        assertThat(contacts().findByEmail(EmailAddress.of("helpdesk@acme.test")))
                .as(adapter("finds a contact by each authorised address")).contains(alice);
    }

    @Test
    public void findByEmailOfAnUnknownAddressIsEmpty() {
        save(aContact("alice").authorisedEmail("alice@home.test").build());
        assertThat(contacts().findByEmail(EmailAddress.of("nobody@example.test")))
                .as(adapter("finds nobody for an unknown address")).isEmpty();
    }

    @Test
    public void aMainAddressAnotherContactOwnsIsTakenAndNothingChanges() {
        Contact alice = aContact("alice").build();
        save(alice);
        Contact impostor = aContact("mallory").email("alice@example.test").build();
        assertConflict("contact.email_taken", "refuses a main address that is another contact's main address",
                () -> save(impostor));
        assertThat(contacts().find(impostor.id())).as(adapter("does not keep the refused contact")).isEmpty();
        assertThat(contacts().findByEmail(alice.email())).as(adapter("leaves the address with its owner"))
                .contains(alice);
    }

    @Test
    public void anAddressAnotherContactHasAsAuthorisedIsTaken() {
        Contact alice = aContact("alice").authorisedEmail("shared@acme.test").build();
        save(alice);
        Contact bob = aContact("bob").email("shared@acme.test").build();
        assertConflict("contact.email_taken", "refuses a main address that is another contact's authorised address",
                () -> save(bob));
        Contact carol = aContact("carol").authorisedEmail("alice@example.test").build();
        assertConflict("contact.email_taken", "refuses an authorised address that is another contact's main address",
                () -> save(carol));
        Contact dave = aContact("dave").authorisedEmail("dave@home.test", "shared@acme.test").build();
        assertConflict("contact.email_taken",
                "refuses an authorised address that is another contact's authorised address", () -> save(dave));
        assertThat(List.of(bob.id(), carol.id(), dave.id())).allSatisfy(id -> assertThat(contacts().find(id))
                .as(adapter("does not keep refused contact " + id)).isEmpty());
        assertThat(contacts().findByEmail(EmailAddress.of("dave@home.test")))
                .as(adapter("keeps no address of a refused contact")).isEmpty();
        assertThat(contacts().findByEmail(EmailAddress.of("shared@acme.test")))
                .as(adapter("leaves the address with its owner")).contains(alice);
    }

    @Test
    public void aReplacementClaimingAnotherContactsAddressIsTakenAndTheStoredContactStays() {
        Contact alice = aContact("alice").memberOf(acme).build();
        Contact bob = aContact("bob").memberOf(acme).build();
        save(alice);
        save(bob);
        Contact bobTakingAlices = aContact("bob").primaryUserOf(globex).authorisedEmail("alice@example.test").build();
        assertConflict("contact.email_taken", "refuses a replacement claiming another contact's address",
                () -> save(bobTakingAlices));
        assertThat(contacts().find(bob.id())).as(adapter("keeps the stored contact unchanged")).contains(bob);
        assertThat(contacts().inOrganization(globex.id())).as(adapter("keeps no membership of the refused state"))
                .isEmpty();
    }

    @Test
    public void aContactMayKeepItsOwnAddressesWhenSavedAgain() {
        Contact alice = aContact("alice").authorisedEmail("alice@home.test").build();
        save(alice);
        Contact renamed = aContact("alice").named("Alice", "Liddell").authorisedEmail("alice@home.test").build();
        save(renamed);
        assertThat(contacts().findByEmail(EmailAddress.of("alice@home.test")))
                .as(adapter("lets a contact be saved again with its own addresses")).contains(renamed);
    }

    @Test
    public void anAddressDroppedByOneContactMayBeTakenByAnother() {
        Contact alice = aContact("alice").authorisedEmail("shared@acme.test").build();
        save(alice);
        save(aContact("alice").build());
        Contact bob = aContact("bob").authorisedEmail("shared@acme.test").build();
        save(bob);
        assertThat(contacts().findByEmail(EmailAddress.of("shared@acme.test")))
                .as(adapter("gives a freed address to its new owner")).contains(bob);
    }

    @Test
    public void inOrganizationListsTheMembersOrderedById() {
        Contact dave = aContact("dave").memberOf(acme).build();
        Contact alice = aContact("alice").primaryUserOf(acme).memberOf(globex).build();
        Contact erin = aContact("erin").memberOf(globex).build();
        Contact carol = aContact("carol").memberOf(acme, "billing").build();
        Contact loner = aContact("frank").build();
        save(dave);
        save(alice);
        save(erin);
        save(carol);
        save(loner);
        assertThat(contacts().inOrganization(acme.id())).as(adapter("lists acme's members ordered by id"))
                .containsExactly(alice, carol, dave);
        assertThat(contacts().inOrganization(globex.id())).as(adapter("lists a contact in each of its organizations"))
                .containsExactly(alice, erin);
        assertThat(contacts().inOrganization(OrganizationId.of("initech")))
                .as(adapter("lists nobody for an organization without members")).isEmpty();
    }

    @Test
    public void findAllGivesTheKnownContactsOrderedByIdAndSkipsUnknownOnes() {
        Contact dave = aContact("dave").memberOf(acme).authorisedEmail("dave@home.test").build();
        Contact alice = aContact("alice").primaryUserOf(acme).memberOf(globex).build();
        Contact carol = aContact("carol").memberOf(acme, "billing").build();
        save(dave);
        save(alice);
        save(carol);
        assertThat(contacts().findAll(List.of(dave.id(), ContactId.of("nobody"), alice.id(), dave.id())))
                .as(adapter("finds each known contact once, whole, ordered by id")).containsExactly(alice, dave);
        assertThat(contacts().findAll(List.of())).as(adapter("finds nobody for no ids")).isEmpty();
    }

    @Test
    public void displayNamesGivesEachKnownContactsNameAndSkipsUnknownOnes() {
        Contact dave = aContact("dave").memberOf(acme).build();
        Contact alice = aContact("alice").primaryUserOf(acme).build();
        save(dave);
        save(alice);
        assertThat(contacts().displayNames(List.of(dave.id(), ContactId.of("nobody"), alice.id(), dave.id())))
                .as(adapter("names each known contact as its display name"))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(dave.id(), dave.displayName(), alice.id(),
                        alice.displayName()));
        assertThat(contacts().displayNames(List.of())).as(adapter("names nobody for no ids")).isEmpty();
    }
}
