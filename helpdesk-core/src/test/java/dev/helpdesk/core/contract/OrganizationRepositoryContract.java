package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Directory.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.port.OrganizationRepository;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link OrganizationRepository}: save inserts or replaces, find, all ordered by id. */
public abstract class OrganizationRepositoryContract extends PortContract {

    private OrganizationRepository organizations() {
        return storage().organizations();
    }

    private void save(Organization organization) {
        inTransaction(() -> organizations().save(organization));
    }

    @Test
    public void aSavedOrganizationIsFoundEqualToWhatWasSaved() {
        Organization acme = new Organization(OrganizationId.of("acme"), "Acme Café & Co", ZoneId.of("Europe/Rome"),
                Locale.ITALIAN, SharingMode.MEMBERS_VIEW_AND_REPLY);
        save(acme);
        assertThat(organizations().find(acme.id())).as(adapter("finds the organization as saved")).contains(acme);
    }

    @Test
    public void findOfAnUnknownOrganizationIsEmpty() {
        save(anOrganization("acme"));
        assertThat(organizations().find(OrganizationId.of("globex"))).as(adapter("finds no unknown organization"))
                .isEmpty();
    }

    @Test
    public void savingAgainReplaces() {
        Organization acme = anOrganization("acme", SharingMode.MEMBERS_VIEW);
        save(acme);
        Organization changed = new Organization(acme.id(), "Acme Corporation", ZoneId.of("America/New_York"),
                Locale.FRENCH, SharingMode.OWN_TICKETS_ONLY);
        save(changed);
        assertThat(organizations().find(acme.id())).as(adapter("keeps the replacing organization")).contains(changed);
        assertThat(organizations().all()).as(adapter("keeps one row per id")).containsExactly(changed);
    }

    @Test
    public void allIsOrderedById() {
        Organization globex = anOrganization("globex");
        Organization acme = anOrganization("acme");
        Organization initech = anOrganization("initech");
        Organization acme2 = anOrganization("acme-2");
        save(globex);
        save(acme);
        save(initech);
        save(acme2);
        assertThat(organizations().all()).as(adapter("lists organizations ordered by id"))
                .containsExactly(acme, acme2, globex, initech);
    }

    @Test
    public void allOfAnEmptyStorageIsEmpty() {
        assertThat(organizations().all()).as(adapter("lists no organization in an empty storage")).isEmpty();
    }
}
