package dev.helpdesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.portal.PortalSettings;
import dev.helpdesk.core.port.PortalSettingsRepository;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PortalSettingsRepository}: nothing stored at first; settings saved over the stored version come back as saved
 * with the next version; a save over another version is {@code portal_settings.stale} and writes nothing.
 */
public abstract class PortalSettingsRepositoryContract extends PortContract {

    private PortalSettingsRepository settings() {
        return storage().portalSettings();
    }

    private static PortalSettings settings(String baseUrl, long version) {
        return new PortalSettings(baseUrl,
                Map.of(Language.EN, "Welcome!\nYour portal is ready.", Language.DE, "Willkommen, schön Sie zu sehen"),
                Set.of("question", "incident"), version);
    }

    private PortalSettings save(PortalSettings value) {
        return storage().transactor().inTransaction(() -> settings().save(value));
    }

    @Test
    public void aFreshStorageHasNoSettings() {
        assertThat(settings().find()).as(adapter("stores no settings at first")).isEmpty();
    }

    @Test
    public void savedSettingsAreFoundAsSavedWithVersionOne() {
        PortalSettings first = settings("https://help.example.com/support", 0);
        PortalSettings saved = save(first);
        assertThat(saved).as(adapter("returns the settings with version 1")).isEqualTo(first.withVersion(1));
        assertThat(settings().find()).as(adapter("finds the settings as saved, every text and type"))
                .contains(first.withVersion(1));
    }

    @Test
    public void savingOverTheStoredVersionReplaces() {
        save(settings("https://help.example.com", 0));
        PortalSettings next = new PortalSettings("https://support.example.org", Map.of(), Set.of(), 1);
        assertThat(save(next).version()).as(adapter("counts the version on")).isEqualTo(2);
        assertThat(settings().find()).as(adapter("replaces texts and types, dropping the old ones"))
                .contains(next.withVersion(2));
    }

    @Test
    public void aSaveOverAnotherVersionIsStaleAndWritesNothing() {
        PortalSettings first = save(settings("https://help.example.com", 0));
        assertConflict("portal_settings.stale", "refuses a second first save",
                () -> save(settings("https://other.example.com", 0)));
        assertConflict("portal_settings.stale", "refuses a save over a version ahead of the stored one",
                () -> save(settings("https://other.example.com", 5)));
        assertThat(settings().find()).as(adapter("keeps the stored settings")).contains(first);
    }

    @Test
    public void aRolledBackSaveLeavesTheSettingsAsTheyWere() {
        try {
            storage().transactor().run(() -> {
                settings().save(settings("https://help.example.com", 0));
                throw new TransactorContract.Boom();
            });
        } catch (TransactorContract.Boom expected) {
            // rolled back on purpose
        }
        assertThat(settings().find()).as(adapter("keeps nothing from a rolled-back save")).isEmpty();
    }
}
