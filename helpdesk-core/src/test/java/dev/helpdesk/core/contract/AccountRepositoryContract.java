package dev.helpdesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.account.Account;
import dev.helpdesk.core.domain.account.AccountEvents;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.portal.PortalSettingsChanged;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.port.AccountRepository;
import dev.helpdesk.core.port.OutboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link AccountRepository}: one account per contact, kept exactly as saved (hash, profile details, failures, lock),
 * saved over the version it was read at; a stale save is {@code account.stale} and writes nothing.
 */
public abstract class AccountRepositoryContract extends PortContract {
    private static final ContactId ALICE = ContactId.of("alice");
    private static final String HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaA";

    private AccountRepository accounts() {
        return storage().accounts();
    }

    private void save(Account account) {
        inTransaction(() -> accounts().save(account));
    }

    private static Account full(ContactId contact) {
        return new Account(contact, Optional.of(HASH), "Head of IT — Zürich", "+41 (0)44 123-45-67", Language.DE, true,
                true, 3, Optional.of(Instant.parse("2026-03-01T10:15:30.123Z")), 0);
    }

    @Test
    public void aNewAccountIsFoundAsSavedWithVersionOne() {
        save(full(ALICE));
        Account found = accounts().find(ALICE).orElseThrow();
        assertThat(found).as(adapter("keeps every field of the account, the version aside"))
                .usingRecursiveComparison().ignoringFields("version").isEqualTo(full(ALICE));
        assertThat(found.version()).as(adapter("stores a new account as version 1")).isEqualTo(1);
    }

    @Test
    public void anAccountWithoutPasswordOrLockKeepsThemEmpty() {
        save(Account.of(ALICE, Language.IT));
        Account found = accounts().find(ALICE).orElseThrow();
        assertThat(found.passwordHash()).as(adapter("keeps an absent password absent")).isEmpty();
        assertThat(found.failuresExpireAt()).as(adapter("keeps an absent expiry absent")).isEmpty();
        assertThat(found.language()).as(adapter("keeps the language")).isEqualTo(Language.IT);
        assertThat(found.portalAccess()).as(adapter("keeps portal access off")).isFalse();
    }

    @Test
    public void aDefaultLanguageStaysUnchosenUntilTheContactPicksOneEvenTheSame() {
        save(Account.of(ALICE, Language.IT));
        Account stored = accounts().find(ALICE).orElseThrow();
        assertThat(stored.languageChosen()).as(adapter("stores a default language as not chosen")).isFalse();

        save(stored.withDetails("CTO", "", Language.IT));
        Account sameDetails = accounts().find(ALICE).orElseThrow();
        assertThat(sameDetails.languageChosen()).as(adapter("keeps a default language not chosen")).isFalse();

        save(sameDetails.withChosenLanguage(Language.IT));
        Account chosen = accounts().find(ALICE).orElseThrow();
        assertThat(chosen.language()).isEqualTo(Language.IT);
        assertThat(chosen.languageChosen()).as(adapter("stores the same language, picked, as chosen")).isTrue();
    }

    @Test
    public void findOfAContactWithoutAccountIsEmpty() {
        save(Account.of(ALICE, Language.EN));
        assertThat(accounts().find(ContactId.of("bob"))).as(adapter("finds no account for another contact")).isEmpty();
    }

    @Test
    public void savingOverTheStoredVersionReplacesAndCountsOn() {
        save(Account.of(ALICE, Language.EN));
        Account stored = accounts().find(ALICE).orElseThrow();
        save(stored.withPasswordHash(HASH).withDetails("CTO", "123", Language.FR).withPortalAccess());
        Account replaced = accounts().find(ALICE).orElseThrow();
        assertThat(replaced.passwordHash()).as(adapter("keeps the new hash")).contains(HASH);
        assertThat(replaced.jobTitle()).as(adapter("keeps the new job title")).isEqualTo("CTO");
        assertThat(replaced.language()).as(adapter("keeps the new language")).isEqualTo(Language.FR);
        assertThat(replaced.languageChosen()).as(adapter("keeps that the language was chosen")).isTrue();
        assertThat(replaced.portalAccess()).as(adapter("keeps portal access")).isTrue();
        assertThat(replaced.version()).as(adapter("stores the replacement as version 2")).isEqualTo(2);
    }

    @Test
    public void aSecondNewAccountForTheSameContactIsStale() {
        save(Account.of(ALICE, Language.EN));
        assertConflict("account.stale", "refuses a new account for a contact that has one",
                () -> save(full(ALICE)));
        assertThat(accounts().find(ALICE).orElseThrow().language()).as(adapter("keeps the first account"))
                .isEqualTo(Language.EN);
    }

    @Test
    public void aSaveOverAnOlderVersionIsStaleAndWritesNothing() {
        save(Account.of(ALICE, Language.EN));
        Account first = accounts().find(ALICE).orElseThrow();
        save(first.withDetails("first writer", "", Language.EN));
        assertConflict("account.stale", "refuses a save over a version that is no longer stored",
                () -> save(first.withDetails("second writer", "", Language.ES)));
        Account stored = accounts().find(ALICE).orElseThrow();
        assertThat(stored.jobTitle()).as(adapter("keeps the first writer's change")).isEqualTo("first writer");
        assertThat(stored.version()).as(adapter("does not count a refused save")).isEqualTo(2);
    }

    @Test
    public void aSaveOverAVersionOfAnAccountNeverStoredIsStale() {
        Account ghost = new Account(ALICE, Optional.empty(), "", "", Language.EN, false, false, 0, Optional.empty(), 4);
        assertConflict("account.stale", "refuses a replacement of an account that is not stored", () -> save(ghost));
        assertThat(accounts().find(ALICE)).as(adapter("stores nothing for a refused save")).isEmpty();
    }

    @Test
    public void aRolledBackSaveLeavesNoAccount() {
        try {
            inTransaction(() -> {
                accounts().save(full(ALICE));
                throw new TransactorContract.Boom();
            });
        } catch (TransactorContract.Boom expected) {
            // rolled back on purpose
        }
        assertThat(accounts().find(ALICE)).as(adapter("keeps no account from a rolled-back unit of work")).isEmpty();
    }

    @Test
    public void accountAndPortalEventsComeBackFromTheOutboxEqual() {
        Instant at = Instant.parse("2026-02-03T04:05:06.789Z");
        List<DomainEvent> events = List.of(new AccountEvents.PasswordResetRequested(ALICE, at),
                new AccountEvents.ContactInvited(ALICE, at.plusMillis(1)),
                new AccountEvents.PasswordChanged(ALICE, at.plusMillis(2)),
                new AccountEvents.ProfileChanged(ALICE, Set.of("email", "language"), at.plusMillis(3)),
                new AccountEvents.ProfileChanged(ALICE, Set.of(), at.plusMillis(4)),
                new PortalSettingsChanged(AgentId.of("root"), 7, at.plusMillis(5)));
        inTransaction(() -> events.forEach(storage().outbox()::append));
        assertThat(storage().outbox().pending(10)).extracting(OutboxEntry::event)
                .as(adapter("gives back the account and portal events it was given, equal"))
                .containsExactlyElementsOf(events);
    }

    @Test
    public void failedSignInsAndTheirExpiryRoundTrip() {
        qt().withExamples(10).forAll(integers().between(0, 1_000), integers().between(0, 1_000_000))
                .checkAssert((failures, seconds) -> withFreshStorage(storage -> {
                    Instant lock = Instant.parse("2026-01-01T00:00:00Z").plusMillis(seconds * 1000L + 7);
                    Account account = new Account(ALICE, Optional.of(HASH), "", "", Language.EN, false, true, failures,
                            Optional.of(lock), 0);
                    storage.transactor().run(() -> storage.accounts().save(account));
                    Account found = storage.accounts().find(ALICE).orElseThrow();
                    assertThat(found.failedSignIns()).as(adapter("keeps the failure count")).isEqualTo(failures);
                    assertThat(found.failuresExpireAt()).as(adapter("keeps the expiry to the millisecond")).contains(lock);
                }));
    }
}
