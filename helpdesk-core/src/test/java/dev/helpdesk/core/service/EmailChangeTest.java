package dev.helpdesk.core.service;

import static dev.helpdesk.core.fixture.Directory.aContact;
import static dev.helpdesk.core.fixture.Directory.anAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.DomainEvent;
import dev.helpdesk.core.domain.EmailAddress;
import dev.helpdesk.core.domain.account.AccountEvents;
import dev.helpdesk.core.domain.account.CodePurpose;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.fixture.FakePasswordHasher;
import dev.helpdesk.core.fixture.FakeRateLimiter;
import dev.helpdesk.core.fixture.TestClock;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.OutboxEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A new address becomes the contact's only when a link sent to it is followed; the old address is told. */
class EmailChangeTest {
    private static final String PASSWORD = "correct horse battery";
    private static final ContactId ALICE = ContactId.of("alice");
    private static final EmailAddress OLD = EmailAddress.of("alice@example.test");
    private static final EmailAddress NEW = EmailAddress.of("alice@new.test");

    private final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryStorage storage = new InMemoryStorage(clock);
    private final Helpdesk helpdesk = Helpdesk.builder().storage(storage).clock(clock)
            .passwordHasher(new FakePasswordHasher()).rateLimiter(new FakeRateLimiter(clock)).build();
    private final AccountService accounts = helpdesk.accounts();
    private final Caller alice = Caller.contact(ALICE);

    EmailChangeTest() {
        helpdesk.directory().save(aContact("alice").build());
        helpdesk.directory().save(aContact("bob").build());
        helpdesk.directory().save(anAgent("ann").build());
        accounts.invite(Caller.agent(AgentId.of("ann")), ALICE);
        accounts.setPasswordWithCode(accounts.issueWelcomeCode(ALICE).code(), PASSWORD);
    }

    private ProfileChange moveTo(String email) {
        return ProfileChange.of("Alice", "Smith", "", email, "", "en").confirmedWith(PASSWORD);
    }

    private List<DomainEvent> events() {
        return storage.outbox().pending(100).stream().map(OutboxEntry::event).toList();
    }

    @Test
    void theOldAddressStaysUntilTheLinkSentToTheNewOneIsFollowed() {
        ProfileView requested = accounts.updateProfile(alice, moveTo(NEW.value()));

        assertThat(requested.email()).isEqualTo(OLD);
        assertThat(helpdesk.directory().contact(ALICE).orElseThrow().email()).isEqualTo(OLD);
        assertThat(events()).last().isEqualTo(new AccountEvents.EmailChangeRequested(ALICE, NEW, clock.now()));
        assertThat(accounts.signIn(OLD.value(), PASSWORD).contact()).isEqualTo(ALICE);

        IssuedCode link = accounts.issueEmailChangeCode(ALICE, NEW);
        assertThat(link.purpose()).isEqualTo(CodePurpose.EMAIL_CHANGE);
        assertThat(link.expiresAt()).isEqualTo(clock.now().plus(Duration.ofHours(1)));
        ProfileView moved = accounts.confirmEmailChange(link.code(), NEW.value());

        assertThat(moved.email()).isEqualTo(NEW);
        assertThat(accounts.signIn(NEW.value(), PASSWORD).contact()).isEqualTo(ALICE);
        assertThat(events()).last().isEqualTo(new AccountEvents.ProfileChanged(ALICE, java.util.Set.of("email"),
                clock.now()));
    }

    @Test
    void theLinkIsGoodOnceForItsOwnAddressAndNotAfterAnHour() {
        accounts.updateProfile(alice, moveTo(NEW.value()));
        IssuedCode link = accounts.issueEmailChangeCode(ALICE, NEW);

        assertThatThrownBy(() -> accounts.confirmEmailChange(link.code(), "mallory@evil.test"))
                .as("the code is bound to the address it was sent to")
                .isInstanceOf(AuthenticationFailedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(OLD.value(), link.code(), "another long password"))
                .as("nor is it a reset code").isInstanceOf(AuthenticationFailedException.class);
        accounts.confirmEmailChange(link.code(), NEW.value());
        assertThatThrownBy(() -> accounts.confirmEmailChange(link.code(), NEW.value()))
                .isInstanceOfSatisfying(AuthenticationFailedException.class,
                        e -> assertThat(e.code()).isEqualTo("account.code_invalid"));

        accounts.updateProfile(alice, moveTo("alice@third.test"));
        IssuedCode late = accounts.issueEmailChangeCode(ALICE, EmailAddress.of("alice@third.test"));
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> accounts.confirmEmailChange(late.code(), "alice@third.test"))
                .isInstanceOf(AuthenticationFailedException.class);
        assertThat(accounts.profile(alice).email()).isEqualTo(NEW);
    }

    @Test
    void anAddressTakenMeanwhileIsAConflict() {
        accounts.updateProfile(alice, moveTo("carol@example.test"));
        IssuedCode link = accounts.issueEmailChangeCode(ALICE, EmailAddress.of("carol@example.test"));
        helpdesk.directory().save(aContact("carol").build());

        assertThatThrownBy(() -> accounts.confirmEmailChange(link.code(), "carol@example.test"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("contact.email_taken"));
        assertThatThrownBy(() -> accounts.updateProfile(alice, moveTo("bob@example.test")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void forgotPasswordIsLimitedPerClientAsWellAsPerAddress() {
        ClientKey client = ClientKey.of("203.0.113.9");
        for (int i = 0; i < 10; i++) {
            accounts.requestPasswordReset("someone" + i + "@example.test", client);
        }
        assertThatThrownBy(() -> accounts.requestPasswordReset(OLD.value(), client))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofHours(1)));
        accounts.requestPasswordReset(OLD.value(), ClientKey.of("198.51.100.1"));
        assertThat(events()).last().isEqualTo(new AccountEvents.PasswordResetRequested(ALICE, clock.now()));
    }
}
