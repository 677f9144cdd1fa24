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
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.Contact;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.directory.Organization;
import dev.helpdesk.core.domain.directory.OrganizationId;
import dev.helpdesk.core.domain.directory.SharingMode;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.error.AccessDeniedException;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.ConflictException;
import dev.helpdesk.core.error.FieldError;
import dev.helpdesk.core.error.HelpdeskException;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.error.NotFoundException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.fixture.FakePasswordHasher;
import dev.helpdesk.core.fixture.FakeRateLimiter;
import dev.helpdesk.core.fixture.TestClock;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import dev.helpdesk.core.port.OutboxEntry;
import dev.helpdesk.core.port.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AccountServiceTest {
    private static final String PASSWORD = "correct horse battery";
    private static final ContactId ALICE = ContactId.of("alice");
    private static final String ALICE_EMAIL = "alice@example.test";
    private static final Caller ANN = Caller.agent(AgentId.of("ann"));

    private final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryStorage storage = new InMemoryStorage(clock);
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final Organization lyon = new Organization(OrganizationId.of("lyon"), "Lyon SARL", ZoneId.of("Europe/Paris"),
            Locale.FRANCE, SharingMode.MEMBERS_VIEW);
    private AccountService accounts = accountsWith(AccountPolicy.defaults()
            .withResetAttemptLimit(RateLimit.of("password-reset-attempt", 1000, Duration.ofMinutes(1))));

    AccountServiceTest() {
        Helpdesk helpdesk = Helpdesk.builder().storage(storage).clock(clock).passwordHasher(hasher)
                .rateLimiter(new FakeRateLimiter(clock)).build();
        helpdesk.directory().save(lyon);
        helpdesk.directory().save(aContact("alice").named("Alice", "Martin").memberOf(lyon)
                .authorisedEmail("alice@home.test").build());
        helpdesk.directory().save(aContact("bob").build());
        helpdesk.directory().save(anAgent("ann").build());
    }

    private AccountService accountsWith(AccountPolicy policy) {
        return Helpdesk.builder().storage(storage).clock(clock).passwordHasher(hasher)
                .rateLimiter(new FakeRateLimiter(clock)).accountPolicy(policy).build().accounts();
    }

    /** Alice is invited and sets {@link #PASSWORD} with her welcome code. */
    private void aliceHasAPassword() {
        accounts.invite(ANN, ALICE);
        accounts.setPasswordWithCode(accounts.issueWelcomeCode(ALICE).code(), PASSWORD);
    }

    private List<DomainEvent> events() {
        return storage.outbox().pending(100).stream().map(OutboxEntry::event).toList();
    }

    private static void assertAuthenticationFails(String code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(AuthenticationFailedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private static void assertFieldError(String field, String rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).extracting(FieldError::field, FieldError::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(field, rule)));
    }

    // ----- invitation and welcome code -----

    @Test
    void anInvitedContactSetsAPasswordWithTheWelcomeCodeAndIsSignedIn() {
        accounts.invite(ANN, ALICE);
        assertThat(events()).containsExactly(new AccountEvents.ContactInvited(ALICE, clock.now()));

        IssuedCode welcome = accounts.issueWelcomeCode(ALICE);
        SignedIn signedIn = accounts.setPasswordWithCode(welcome.code(), PASSWORD);

        assertThat(welcome.purpose()).isEqualTo(CodePurpose.WELCOME);
        assertThat(welcome.expiresAt()).isEqualTo(clock.now().plus(Duration.ofMinutes(15)));
        assertThat(signedIn).isEqualTo(new SignedIn(ALICE, "Alice Martin", EmailAddress.of(ALICE_EMAIL), Language.FR,
                false));
        assertThat(accounts.signIn("Alice@Example.test", PASSWORD).contact()).isEqualTo(ALICE);
        assertThat(events()).last().isEqualTo(new AccountEvents.PasswordChanged(ALICE, clock.now()));
    }

    @Test
    void issuedCodesHaveAtLeast128RandomBitsAndHideThemselvesWhenPrinted() {
        accounts.invite(ANN, ALICE);
        IssuedCode one = accounts.issueWelcomeCode(ALICE);
        IssuedCode two = accounts.issueWelcomeCode(ALICE);

        String letters = one.code().replace("-", "");
        assertThat(letters).matches("[a-z2-7]{26}");
        assertThat(letters.length() * 5).isGreaterThanOrEqualTo(128);
        assertThat(one.code()).isNotEqualTo(two.code());
        assertThat(one.toString()).doesNotContain(one.code()).contains("hidden");
    }

    @Test
    void eventsNeverCarryCodesOrPasswords() {
        aliceHasAPassword();
        accounts.requestPasswordReset(ALICE_EMAIL);
        IssuedCode reset = accounts.issueResetCode(ALICE);
        accounts.resetPassword(ALICE_EMAIL, reset.code(), "another long password");

        assertThat(events()).extracting(DomainEvent::type).containsExactly("account.contact_invited",
                "account.password_changed", "account.password_reset_requested", "account.password_changed");
        assertThat(events()).extracting(Object::toString).noneMatch(text -> text.contains(reset.code())
                || text.contains(PASSWORD) || text.contains("another long password") || text.contains("$fake$"));
    }

    @Test
    void onlyAgentsInviteAndOnlyKnownContacts() {
        assertThatThrownBy(() -> accounts.invite(Caller.contact(ALICE), ALICE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.invite(ANN, ContactId.of("nobody"))).isInstanceOf(NotFoundException.class);
        assertAuthenticationFails("caller.unknown", () -> accounts.invite(Caller.agent(AgentId.of("ghost")), ALICE));
        assertThat(events()).isEmpty();
    }

    @Test
    void noCodeIsIssuedForAContactWithoutPortalAccess() {
        assertThatThrownBy(() -> accounts.issueResetCode(ContactId.of("bob")))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("account.not_found"));
        assertThatThrownBy(() -> accounts.issueWelcomeCode(ALICE)).isInstanceOf(NotFoundException.class);
    }

    // ----- sign-in -----

    @Test
    void everySignInFailureIsTheSameErrorAndUnknownAddressesCostAVerificationToo() {
        List<ThrowingCallable> failures = List.of(
                () -> accounts.signIn("nobody@example.test", PASSWORD),
                () -> accounts.signIn("bob@example.test", PASSWORD),
                () -> accounts.signIn(ALICE_EMAIL, PASSWORD));
        List<String> messages = new ArrayList<>();
        for (ThrowingCallable failure : failures) {
            int before = hasher.verifications();
            assertThatThrownBy(failure).isInstanceOfSatisfying(AuthenticationFailedException.class, e -> {
                assertThat(e.code()).isEqualTo("account.sign_in_failed");
                messages.add(e.getMessage());
            });
            assertThat(hasher.verifications()).as("one verification per attempt").isEqualTo(before + 1);
        }
        accounts.invite(ANN, ALICE);
        assertAuthenticationFails("account.sign_in_failed", () -> accounts.signIn(ALICE_EMAIL, PASSWORD));
        aliceHasAPassword();
        assertThatThrownBy(() -> accounts.signIn(ALICE_EMAIL, "wrong password!"))
                .isInstanceOfSatisfying(AuthenticationFailedException.class, e -> messages.add(e.getMessage()));
        assertThat(messages).containsOnly(messages.get(0));
    }

    @Test
    void anAuthorisedAddressIsNotASignInAddress() {
        aliceHasAPassword();
        assertAuthenticationFails("account.sign_in_failed", () -> accounts.signIn("alice@home.test", PASSWORD));
    }

    @Test
    void aSuccessfulSignInRehashesAnOutdatedHash() {
        aliceHasAPassword();
        hasher.upgrade();

        accounts.signIn(ALICE_EMAIL, PASSWORD);

        String hash = storage.accounts().find(ALICE).orElseThrow().passwordHash().orElseThrow();
        assertThat(hasher.needsRehash(hash)).isFalse();
        assertThat(storage.accounts().find(ALICE).orElseThrow().toString()).as("an account prints no hash")
                .doesNotContain(hash).contains("(hidden)");
        assertThat(accounts.signIn(ALICE_EMAIL, PASSWORD).contact()).isEqualTo(ALICE);
    }

    // ----- forgotten password -----

    @Test
    void aResetIsRequestedOnlyForTheMainAddressOfAContactWithPortalAccessAndAnswersTheSameAlways() {
        accounts.requestPasswordReset("nobody@example.test");
        accounts.requestPasswordReset("bob@example.test");
        accounts.requestPasswordReset(ALICE_EMAIL);
        assertThat(events()).as("no portal access yet: nothing").isEmpty();

        accounts.invite(ANN, ALICE);
        accounts.requestPasswordReset("alice@home.test");
        accounts.requestPasswordReset(" ALICE@example.test ");

        assertThat(events()).containsExactly(new AccountEvents.ContactInvited(ALICE, clock.now()),
                new AccountEvents.PasswordResetRequested(ALICE, clock.now()));
    }

    @Test
    void resetRequestsOverTheLimitAreDroppedSilently() {
        aliceHasAPassword();
        int before = events().size();
        for (int i = 0; i < 5; i++) {
            accounts.requestPasswordReset(ALICE_EMAIL);
        }
        assertThat(events().size() - before).isEqualTo(3);
        clock.advance(Duration.ofHours(1));
        accounts.requestPasswordReset(ALICE_EMAIL);
        assertThat(events().size() - before).isEqualTo(4);
    }

    @Test
    void aResetCodeSetsANewPasswordOnceAndIsForgivingAboutCaseAndDashes() {
        aliceHasAPassword();
        IssuedCode reset = accounts.issueResetCode(ALICE);
        assertThat(reset.expiresAt()).isEqualTo(clock.now().plus(Duration.ofMinutes(15)));
        String typed = " " + reset.code().toUpperCase(Locale.ROOT).replace("-", " ") + " ";

        SignedIn signedIn = accounts.resetPassword(ALICE_EMAIL, typed, "brand new password");

        assertThat(signedIn.contact()).isEqualTo(ALICE);
        assertAuthenticationFails("account.sign_in_failed", () -> accounts.signIn(ALICE_EMAIL, PASSWORD));
        assertThat(accounts.signIn(ALICE_EMAIL, "brand new password").contact()).isEqualTo(ALICE);
        assertAuthenticationFails("account.code_invalid",
                () -> accounts.resetPassword(ALICE_EMAIL, reset.code(), "yet another password"));
    }

    @Test
    void aResetCodeExpiresAfterFifteenMinutes() {
        aliceHasAPassword();
        IssuedCode reset = accounts.issueResetCode(ALICE);
        assertThat(reset.expiresAt()).isEqualTo(clock.now().plus(Duration.ofMinutes(15)));
        clock.advance(Duration.ofMinutes(15).minusMillis(1));
        IssuedCode later = accounts.issueResetCode(ALICE);
        clock.advance(Duration.ofMinutes(15).minusMillis(1));
        assertThat(accounts.resetPassword(ALICE_EMAIL, later.code(), "brand new password").contact())
                .as("good until its fifteenth minute").isEqualTo(ALICE);
        IssuedCode last = accounts.issueResetCode(ALICE);
        clock.advance(Duration.ofMinutes(15));
        assertAuthenticationFails("account.code_invalid",
                () -> accounts.resetPassword(ALICE_EMAIL, last.code(), "third new password"));
    }

    @Test
    void aWelcomeCodeExpiresAfterFifteenMinutes() {
        accounts.invite(ANN, ALICE);
        IssuedCode welcome = accounts.issueWelcomeCode(ALICE);
        clock.advance(Duration.ofMinutes(15));
        assertAuthenticationFails("account.code_invalid", () -> accounts.setPasswordWithCode(welcome.code(), PASSWORD));
    }

    @Test
    void aNewCodeRevokesTheEarlierOnes() {
        aliceHasAPassword();
        IssuedCode first = accounts.issueResetCode(ALICE);
        IssuedCode second = accounts.issueResetCode(ALICE);
        assertAuthenticationFails("account.code_invalid",
                () -> accounts.resetPassword(ALICE_EMAIL, first.code(), "brand new password"));
        assertThat(accounts.resetPassword(ALICE_EMAIL, second.code(), "brand new password").contact())
                .isEqualTo(ALICE);
    }

    @Test
    void wrongExpiredAndForeignCodesAreOneAndTheSameError() {
        aliceHasAPassword();
        IssuedCode reset = accounts.issueResetCode(ALICE);
        assertAuthenticationFails("account.code_invalid",
                () -> accounts.resetPassword("bob@example.test", reset.code(), "brand new password"));
        assertAuthenticationFails("account.code_invalid",
                () -> accounts.resetPassword(ALICE_EMAIL, "aaaa-bbbb-cccc", "brand new password"));
        assertAuthenticationFails("account.code_invalid",
                () -> accounts.resetPassword(ALICE_EMAIL, "", "brand new password"));
        assertAuthenticationFails("account.code_invalid", () -> accounts.setPasswordWithCode(null, "brand new password"));
        assertThat(accounts.resetPassword(ALICE_EMAIL, reset.code(), "brand new password").contact()).isEqualTo(ALICE);
    }

    @Test
    void aRejectedNewPasswordLeavesTheCodeGood() {
        aliceHasAPassword();
        IssuedCode reset = accounts.issueResetCode(ALICE);
        assertFieldError("newPassword", "too_short", () -> accounts.resetPassword(ALICE_EMAIL, reset.code(), "short"));
        assertThat(accounts.resetPassword(ALICE_EMAIL, reset.code(), "long enough now").contact()).isEqualTo(ALICE);
    }

    @Test
    void passwordRulesNameTheFieldAndTheRule() {
        accounts.invite(ANN, ALICE);
        String code = accounts.issueWelcomeCode(ALICE).code();
        assertFieldError("newPassword", "required", () -> accounts.setPasswordWithCode(code, ""));
        assertFieldError("newPassword", "too_short", () -> accounts.setPasswordWithCode(code, "123456789"));
        assertFieldError("newPassword", "too_long", () -> accounts.setPasswordWithCode(code, "x".repeat(129)));
        assertFieldError("newPassword", "same_as_email", () -> accounts.setPasswordWithCode(code, "Alice@Example.test"));
        String tenEmoji = "\uD83D\uDD11".repeat(10);
        assertThat(tenEmoji).hasSize(20);
        assertFieldError("newPassword", "too_short",
                () -> accounts.setPasswordWithCode(code, "\uD83D\uDD11".repeat(9)));
        assertThat(accounts.setPasswordWithCode(code, tenEmoji).contact()).as("ten code points are enough")
                .isEqualTo(ALICE);
        assertThat(accounts.signIn(ALICE_EMAIL, tenEmoji).contact()).isEqualTo(ALICE);
    }

    @Test
    void resetCodeAttemptsAreRateLimitedPerAddress() {
        accounts = accountsWith(AccountPolicy.defaults());
        aliceHasAPassword();
        IssuedCode reset = accounts.issueResetCode(ALICE);
        for (int i = 0; i < 5; i++) {
            assertAuthenticationFails("account.code_invalid",
                    () -> accounts.resetPassword(ALICE_EMAIL, "wrong-code", "brand new password"));
        }
        assertThatThrownBy(() -> accounts.resetPassword(ALICE_EMAIL, reset.code(), "brand new password"))
                .isInstanceOf(RateLimitedException.class);
        clock.advance(Duration.ofMinutes(15));
        IssuedCode fresh = accounts.issueResetCode(ALICE);
        assertThat(accounts.resetPassword(ALICE_EMAIL, fresh.code(), "brand new password").contact())
                .isEqualTo(ALICE);
    }

    @Test
    void ofTwoConcurrentResetsWithOneCodeExactlyOneSucceeds() throws Exception {
        aliceHasAPassword();
        IssuedCode reset = accounts.issueResetCode(ALICE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (String password : List.of("first new password", "second new password")) {
                Callable<String> attempt = () -> {
                    start.await();
                    try {
                        accounts.resetPassword(ALICE_EMAIL, reset.code(), password);
                        return "ok";
                    } catch (HelpdeskException e) {
                        return e.code();
                    }
                };
                outcomes.add(pool.submit(attempt));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("ok", "account.code_invalid");
        } finally {
            pool.shutdownNow();
        }
    }

    // ----- profile -----

    @Test
    void theProfileJoinsTheDirectoryAndTheAccountAndSpeaksTheOrganizationsLanguage() {
        ProfileView profile = accounts.profile(Caller.contact(ALICE));
        assertThat(profile).isEqualTo(new ProfileView(ALICE, "Alice", "Martin", EmailAddress.of(ALICE_EMAIL), "", "",
                Language.FR, false, false));
        assertThat(accounts.profile(Caller.contact(ContactId.of("bob"))).language()).as("no organization: English")
                .isEqualTo(Language.EN);
    }

    @Test
    void onlyAKnownContactHasAProfile() {
        assertThatThrownBy(() -> accounts.profile(ANN)).isInstanceOf(AccessDeniedException.class);
        assertAuthenticationFails("caller.unknown", () -> accounts.profile(Caller.contact(ContactId.of("ghost"))));
    }

    @Test
    void updatingTheProfileKeepsTheAddressWithoutPasswordAndNamesTheChangedFields() {
        ProfileView updated = accounts.updateProfile(Caller.contact(ALICE),
                ProfileChange.of("Alicia", "Martin", "Office manager", ALICE_EMAIL, "+33 (0)4 72-00-00-00", "it"));

        assertThat(updated).isEqualTo(new ProfileView(ALICE, "Alicia", "Martin", EmailAddress.of(ALICE_EMAIL),
                "Office manager", "+33 (0)4 72-00-00-00", Language.IT, true, false));
        assertThat(accounts.profile(Caller.contact(ALICE))).isEqualTo(updated);
        assertThat(storage.contacts().find(ALICE).orElseThrow().authorisedEmails())
                .containsExactly(EmailAddress.of("alice@home.test"));
        assertThat(events()).containsExactly(new AccountEvents.ProfileChanged(ALICE,
                java.util.Set.of("firstName", "jobTitle", "phone", "language"), clock.now()));
    }

    @Test
    void aDefaultLanguageIsNotAChoiceUntilTheContactPicksOneEvenTheSameOne() {
        assertThat(accounts.profile(Caller.contact(ALICE)).languageChosen()).as("the organization's default").isFalse();
        accounts.updateProfile(Caller.contact(ALICE),
                ProfileChange.of("Alice", "Martin", "Office manager", ALICE_EMAIL, "", "fr"));
        assertThat(accounts.profile(Caller.contact(ALICE)).languageChosen()).as("other details only").isFalse();

        ProfileView chosen = accounts.chooseLanguage(Caller.contact(ALICE), "FR");

        assertThat(chosen.language()).isEqualTo(Language.FR);
        assertThat(chosen.languageChosen()).isTrue();
        assertThat(accounts.profile(Caller.contact(ALICE))).isEqualTo(chosen);
        assertThat(events()).as("the language did not change").noneMatch(e -> e instanceof AccountEvents.ProfileChanged
                && ((AccountEvents.ProfileChanged) e).fields().contains("language"));

        accounts.chooseLanguage(Caller.contact(ALICE), "de");
        assertThat(accounts.profile(Caller.contact(ALICE)).language()).isEqualTo(Language.DE);
        assertThat(events()).contains(new AccountEvents.ProfileChanged(ALICE, java.util.Set.of("language"),
                clock.now()));
        assertFieldError("language", "not_supported", () -> accounts.chooseLanguage(Caller.contact(ALICE), "pt"));
        assertThatThrownBy(() -> accounts.chooseLanguage(ANN, "it")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyBadProfileFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> accounts.updateProfile(Caller.contact(ALICE),
                ProfileChange.of(" ", "Martin", "Boss\nof bosses", "not-an-address", "call me maybe", "pt")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::rule).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("firstName", "required"),
                                org.assertj.core.groups.Tuple.tuple("jobTitle", "single_line"),
                                org.assertj.core.groups.Tuple.tuple("email", "email_format"),
                                org.assertj.core.groups.Tuple.tuple("phone", "phone_format"),
                                org.assertj.core.groups.Tuple.tuple("language", "not_supported")));
        assertFieldError("phone", "phone_format", () -> accounts.updateProfile(Caller.contact(ALICE),
                ProfileChange.of("Alice", "Martin", "", ALICE_EMAIL, "1".repeat(31), "fr")));
        assertThat(events()).isEmpty();
    }

    @Test
    void changingTheAddressAsksForTheCurrentPassword() {
        aliceHasAPassword();
        ProfileChange moving = ProfileChange.of("Alice", "Martin", "", "alice@lyon.test", "", "fr");
        Caller alice = Caller.contact(ALICE);

        assertFieldError("currentPassword", "required", () -> accounts.updateProfile(alice, moving));
        assertFieldError("currentPassword", "incorrect",
                () -> accounts.updateProfile(alice, moving.confirmedWith("not my password")));
        ProfileView requested = accounts.updateProfile(alice, moving.confirmedWith(PASSWORD));
        assertThat(requested.email()).as("until the link is followed").isEqualTo(EmailAddress.of(ALICE_EMAIL));
        IssuedCode link = accounts.issueEmailChangeCode(ALICE, EmailAddress.of("alice@lyon.test"));
        ProfileView moved = accounts.confirmEmailChange(link.code(), "alice@lyon.test");

        assertThat(moved.email()).isEqualTo(EmailAddress.of("alice@lyon.test"));
        assertThat(accounts.signIn("alice@lyon.test", PASSWORD).contact()).isEqualTo(ALICE);
        assertAuthenticationFails("account.sign_in_failed", () -> accounts.signIn(ALICE_EMAIL, PASSWORD));
    }

    @Test
    void aContactWithoutPasswordCannotChangeTheAddress() {
        assertFieldError("currentPassword", "no_password", () -> accounts.updateProfile(Caller.contact(ALICE),
                ProfileChange.of("Alice", "Martin", "", "alice@lyon.test", "", "fr").confirmedWith(PASSWORD)));
    }

    @Test
    void anAddressAnotherContactOwnsIsTaken() {
        aliceHasAPassword();
        assertThatThrownBy(() -> accounts.updateProfile(Caller.contact(ALICE),
                ProfileChange.of("Alice", "Martin", "", "bob@example.test", "", "fr").confirmedWith(PASSWORD)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("contact.email_taken"));
        assertThat(accounts.profile(Caller.contact(ALICE)).email()).isEqualTo(EmailAddress.of(ALICE_EMAIL));
    }

    @Test
    void anAuthorisedAddressMayBecomeTheMainOne() {
        aliceHasAPassword();
        accounts.updateProfile(Caller.contact(ALICE),
                ProfileChange.of("Alice", "Martin", "", "alice@home.test", "", "fr").confirmedWith(PASSWORD));
        accounts.confirmEmailChange(accounts.issueEmailChangeCode(ALICE, EmailAddress.of("alice@home.test")).code(),
                "alice@home.test");
        Contact alice = storage.contacts().find(ALICE).orElseThrow();
        assertThat(alice.email()).isEqualTo(EmailAddress.of("alice@home.test"));
        assertThat(alice.authorisedEmails()).isEmpty();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndRevokesCodes() {
        aliceHasAPassword();
        IssuedCode reset = accounts.issueResetCode(ALICE);
        Caller alice = Caller.contact(ALICE);

        assertFieldError("currentPassword", "incorrect",
                () -> accounts.changePassword(alice, "not my password", "brand new password"));
        assertFieldError("newPassword", "too_short", () -> accounts.changePassword(alice, PASSWORD, "short"));
        accounts.changePassword(alice, PASSWORD, "brand new password");

        assertThat(accounts.signIn(ALICE_EMAIL, "brand new password").contact()).isEqualTo(ALICE);
        assertAuthenticationFails("account.code_invalid",
                () -> accounts.resetPassword(ALICE_EMAIL, reset.code(), "third new password"));
        assertThat(events()).last().isEqualTo(new AccountEvents.PasswordChanged(ALICE, clock.now()));
    }

    @Test
    void wrongCurrentPasswordsMakeTheSessionWaitButNeverLockTheSignIn() {
        aliceHasAPassword();
        Caller alice = Caller.contact(ALICE);
        for (int i = 0; i < 5; i++) {
            assertFieldError("currentPassword", "incorrect",
                    () -> accounts.changePassword(alice, "not my password", "brand new password"));
        }
        assertThatThrownBy(() -> accounts.changePassword(alice, PASSWORD, "brand new password"))
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofMinutes(15)));
        assertThat(accounts.signIn(ALICE_EMAIL, PASSWORD).contact()).isEqualTo(ALICE);
    }

    @Test
    void expiredCodesArePurgedADayAfterTheyExpire() {
        aliceHasAPassword();
        accounts.issueResetCode(ALICE);
        clock.advance(Duration.ofMinutes(15).plusDays(1));
        assertThat(accounts.purgeExpiredCodes()).as("expired exactly a day ago: kept").isZero();
        clock.advance(Duration.ofMillis(1));
        assertThat(accounts.purgeExpiredCodes()).as("the used welcome code and the reset code").isEqualTo(2);
    }

    // ----- wiring -----

    @Test
    void theFacadeNamesWhatAccountsNeed() {
        Helpdesk bare = Helpdesk.builder().storage(new InMemoryStorage()).build();
        assertThatThrownBy(bare::accounts).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("passwordHasher(..)").hasMessageContaining("Argon2idPasswordHasher");
        Helpdesk noLimiter = Helpdesk.builder().storage(new InMemoryStorage()).passwordHasher(hasher).build();
        assertThatThrownBy(noLimiter::accounts).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rateLimiter(..)").hasMessageNotContaining("passwordHasher(..)");
        assertThat(bare.portalSettings().get()).as("portal settings need neither").isNotNull();
    }

    @Test
    void anAgentWithAnyRoleMayInvite() {
        Helpdesk.builder().storage(storage).build().directory().save(anAgent("root").admin().build());
        accounts.invite(Caller.agent(AgentId.of("root")), ALICE);
        assertThat(events()).hasSize(1);
    }
}
