package dev.helpdesk.core.service;

import static dev.helpdesk.core.fixture.Directory.aContact;
import static dev.helpdesk.core.fixture.Directory.anAgent;
import static dev.helpdesk.core.fixture.Directory.anOrganization;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.category.CategoryId;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.policy.FieldInputs;
import dev.helpdesk.core.domain.policy.FieldRef;
import dev.helpdesk.core.domain.portal.PortalSettings;
import dev.helpdesk.core.domain.portal.PortalSettingsChanged;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.TicketSchema;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.fixture.TestClock;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.OutboxEntry;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalSettingsServiceTest {
    private static final Caller ROOT = Caller.agent(AgentId.of("root"));

    private final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryStorage storage = new InMemoryStorage(clock);
    private final Helpdesk helpdesk = Helpdesk.builder().storage(storage).clock(clock).build();
    private final PortalSettingsService settings = helpdesk.portalSettings();

    PortalSettingsServiceTest() {
        helpdesk.directory().save(anAgent("root").admin().build());
        helpdesk.directory().save(anAgent("ann").build());
        helpdesk.directory().save(aContact("alice").build());
    }

    private static PortalSettingsChange change(String baseUrl, long version) {
        return new PortalSettingsChange(baseUrl, Map.of(Language.FR, "Bienvenue !"), Set.of("incident"), version);
    }

    @Test
    void untilAnAdminSavesSomeTheDefaultsApply() {
        PortalSettings defaults = settings.get();
        assertThat(defaults.baseUrl()).isEqualTo("http://localhost:8080");
        assertThat(defaults.customerTicketTypes()).isEqualTo(TicketSchema.defaults().customerTypes());
        assertThat(defaults.version()).isZero();
        assertThat(defaults.welcomeText(Language.IT)).startsWith("Benvenuto");
    }

    @Test
    void anAdminSavesSettingsThatEveryoneThenReads() {
        PortalSettings saved = settings.update(ROOT, change("HTTPS://Help.Example.COM/support/", 0));

        assertThat(saved.baseUrl()).isEqualTo("https://help.example.com/support");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(settings.get()).isEqualTo(saved);
        assertThat(saved.link("/tickets/42")).isEqualTo("https://help.example.com/support/tickets/42");
        assertThat(saved.welcomeText(Language.FR)).isEqualTo("Bienvenue !");
        assertThat(saved.welcomeText(Language.DE)).as("no German text, no English one: built in")
                .startsWith("Willkommen");
        assertThat(storage.outbox().pending(10)).extracting(OutboxEntry::event)
                .containsExactly(new PortalSettingsChanged(AgentId.of("root"), 1, clock.now()));
    }

    @Test
    void onlyAdminsChangeTheSettings() {
        assertThatThrownBy(() -> settings.update(Caller.agent(AgentId.of("ann")), change("https://a.example", 0)))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.code()).isEqualTo("portal_settings.admin_only"));
        assertThatThrownBy(() -> settings.update(Caller.contact(dev.helpdesk.core.domain.directory.ContactId.of(
                "alice")), change("https://a.example", 0))).isInstanceOf(AccessDeniedException.class);
        assertThat(storage.portalSettings().find()).isEmpty();
        assertThat(storage.outbox().pending(10)).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        PortalSettingsChange bad = new PortalSettingsChange("https://help.example.com/?lang=fr",
                Map.of(Language.ES, "x".repeat(PortalSettings.WELCOME_TEXT_LIMIT + 1)), Set.of("incident", "outage"),
                0);
        assertThatThrownBy(() -> settings.update(ROOT, bad)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::rule).containsExactly(
                        tuple("baseUrl", "url_query"), tuple("welcomeTexts.es", "too_long"),
                        tuple("customerTicketTypes", "not_a_type")));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "ftp://help.example.com, url_scheme",
            "/support, url_scheme",
            "help.example.com, url_scheme",
            "https://help.example.com/#top, url_fragment",
            "https://user@help.example.com, url_format",
            "'https://help example.com', url_format",
            "'', required"})
    void aBadBaseUrlIsRefusedWithItsRule(String baseUrl, String rule) {
        assertThatThrownBy(() -> settings.update(ROOT, change(baseUrl, 0)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::rule).containsExactly(tuple("baseUrl", rule)));
    }

    @Test
    void aSaveOverAnOlderVersionIsAConflict() {
        settings.update(ROOT, change("https://one.example", 0));
        assertThatThrownBy(() -> settings.update(ROOT, change("https://two.example", 0)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("portal_settings.stale"));
        assertThat(settings.get().baseUrl()).isEqualTo("https://one.example");
    }

    @Test
    void aStoredTypeTheSchemaNoLongerHasIsNotOffered() {
        storage.transactor().run(() -> storage.portalSettings().save(
                new PortalSettings("https://help.example.com", Map.of(), Set.of("incident", "retired"), 0)));
        assertThat(settings.get().customerTicketTypes()).containsExactly("incident");
    }

    @Test
    void theCustomerTicketTypesOfTheSettingsAreTheOnesCustomersMayPick() {
        helpdesk.directory().save(anOrganization("acme"));
        helpdesk.directory().save(aContact("bob").memberOf(anOrganization("acme")).build());
        Caller bob = Caller.contact(ContactId.of("bob"));
        OpenTicket asIncident = OpenTicket.of(CategoryId.of("other"), "Down", "")
                .withFields(FieldInputs.builder().set(FieldRef.TYPE, "incident").build());
        OpenTicket asQuestion = OpenTicket.of(CategoryId.of("other"), "How?", "")
                .withFields(FieldInputs.builder().set(FieldRef.TYPE, "question").build());
        assertThat(helpdesk.tickets().open(bob, asIncident).subject()).as("the schema's customer types by default")
                .isEqualTo("Down");

        settings.update(ROOT, new PortalSettingsChange("https://help.example.com", Map.of(), Set.of("question"), 0));

        assertThatThrownBy(() -> helpdesk.tickets().open(bob, asIncident))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field).containsExactly("type"));
        assertThat(helpdesk.tickets().open(bob, asQuestion).subject()).isEqualTo("How?");
        assertThat(helpdesk.tickets().open(Caller.agent(AgentId.of("ann")), asIncident.onBehalfOf(ContactId.of("bob")))
                .subject()).as("agents may use every type").isEqualTo("Down");
    }
}
