package dev.helpdesk.core.service;

import static dev.helpdesk.core.fixture.Directory.aContact;
import static dev.helpdesk.core.fixture.Directory.anAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.error.AuthenticationFailedException;
import dev.helpdesk.core.error.HelpdeskException;
import dev.helpdesk.core.error.RateLimitedException;
import dev.helpdesk.core.fixture.FakePasswordHasher;
import dev.helpdesk.core.fixture.FakeRateLimiter;
import dev.helpdesk.core.fixture.TestClock;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Sign-in throttling (issue 11, OWASP's authentication cheat sheet): failures slow down the client that fails, never
 * the account, so a stranger cannot keep a person out.
 */
class SignInThrottlingTest {
    private static final String PASSWORD = "correct horse battery";
    private static final String ALICE_EMAIL = "alice@example.test";
    private static final ClientKey ALICES_LAPTOP = ClientKey.of("198.51.100.7");
    private static final ClientKey STRANGER = ClientKey.of("203.0.113.66");

    private final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final AccountService accounts = aliceWithAPassword(clock);

    private static AccountService aliceWithAPassword(TestClock clock) {
        Helpdesk helpdesk = Helpdesk.builder().storage(new InMemoryStorage(clock)).clock(clock)
                .passwordHasher(new FakePasswordHasher()).rateLimiter(new FakeRateLimiter(clock)).build();
        helpdesk.directory().save(aContact("alice").build());
        helpdesk.directory().save(anAgent("ann").build());
        AccountService accounts = helpdesk.accounts();
        accounts.invite(Caller.agent(AgentId.of("ann")), ContactId.of("alice"));
        accounts.setPasswordWithCode(accounts.issueWelcomeCode(ContactId.of("alice")).code(), PASSWORD);
        return accounts;
    }

    private static String outcome(ThrowingCallable attempt) {
        try {
            attempt.call();
            return "signed in";
        } catch (RateLimitedException e) {
            return "wait";
        } catch (HelpdeskException e) {
            return e.code();
        } catch (Throwable e) {
            throw new AssertionError(e);
        }
    }

    private static void assertFails(String code, ThrowingCallable attempt) {
        assertThatThrownBy(attempt).isInstanceOfSatisfying(AuthenticationFailedException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aStrangerFailingOverAndOverCannotKeepThePersonOut() {
        for (int i = 0; i < 200; i++) {
            outcome(() -> accounts.signIn(ALICE_EMAIL, "guess " + clock.now(), STRANGER, true));
            clock.advance(Duration.ofSeconds(30));
        }

        assertThat(accounts.signIn(ALICE_EMAIL, PASSWORD, ALICES_LAPTOP, false).contact())
                .as("the right password from a client that never failed, without any captcha")
                .isEqualTo(ContactId.of("alice"));
        assertThat(outcome(() -> accounts.signIn(ALICE_EMAIL, PASSWORD, STRANGER, true)))
                .as("the stranger is the one slowed down").isEqualTo("wait");
    }

    @Test
    void aFailingClientWaitsLongerAndLongerAndIsAskedForTheCaptcha() {
        for (int i = 0; i < 3; i++) {
            assertFails("account.sign_in_failed", () -> accounts.signIn(ALICE_EMAIL, "wrong", STRANGER, false));
        }
        assertThatThrownBy(() -> accounts.signIn(ALICE_EMAIL, PASSWORD, STRANGER, false))
                .as("three failures: a short wait, even for the right password")
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));

        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 2; i++) {
            assertFails("account.sign_in_failed", () -> accounts.signIn(ALICE_EMAIL, "wrong", STRANGER, false));
        }
        assertFails("account.captcha_required", () -> accounts.signIn(ALICE_EMAIL, PASSWORD, STRANGER, false));
        assertFails("account.sign_in_failed", () -> accounts.signIn(ALICE_EMAIL, "wrong", STRANGER, true));

        assertThatThrownBy(() -> accounts.signIn(ALICE_EMAIL, PASSWORD, STRANGER, true))
                .as("six failures: a longer wait")
                .isInstanceOfSatisfying(RateLimitedException.class,
                        e -> assertThat(e.retryAfter()).isGreaterThan(Duration.ofMinutes(10)));
        clock.advance(Duration.ofMinutes(29));
        assertFails("account.captcha_required", () -> accounts.signIn(ALICE_EMAIL, PASSWORD, STRANGER, false));
        assertThat(accounts.signIn(ALICE_EMAIL, PASSWORD, STRANGER, true).contact())
                .as("after the wait, with the captcha, the right password signs in").isEqualTo(ContactId.of("alice"));
    }

    @Test
    void aClientFailingManyAddressesIsSlowedForEveryAddress() {
        for (int i = 0; i < 10; i++) {
            int n = i;
            assertFails("account.sign_in_failed",
                    () -> accounts.signIn("someone" + n + "@example.test", "guess", STRANGER, false));
        }
        assertThat(outcome(() -> accounts.signIn(ALICE_EMAIL, PASSWORD, STRANGER, false))).isEqualTo("wait");
        assertThat(outcome(() -> accounts.signIn(ALICE_EMAIL, PASSWORD, ALICES_LAPTOP, false))).isEqualTo("signed in");
    }

    @Test
    void anAccountFailedByManyClientsAsksEveryoneForTheCaptchaAndStillLetsThePersonIn() {
        for (int client = 0; client < 5; client++) {
            ClientKey bot = ClientKey.of("bot-" + client);
            for (int i = 0; i < 3; i++) {
                assertFails("account.sign_in_failed", () -> accounts.signIn(ALICE_EMAIL, "guess", bot, true));
            }
        }
        assertFails("account.captcha_required",
                () -> accounts.signIn(ALICE_EMAIL, PASSWORD, ALICES_LAPTOP, false));
        assertThat(accounts.signIn(ALICE_EMAIL, PASSWORD, ALICES_LAPTOP, true).contact())
                .isEqualTo(ContactId.of("alice"));
        assertThat(accounts.signIn(ALICE_EMAIL, PASSWORD, ALICES_LAPTOP, false).contact())
                .as("a success clears what was counted against the account").isEqualTo(ContactId.of("alice"));
    }

    @Test
    void anAddressWithoutAccountIsThrottledLikeOneWithSoTheAnswersTellNothing() {
        for (String address : List.of(ALICE_EMAIL, "nobody@example.test")) {
            for (int i = 0; i < 3; i++) {
                assertFails("account.sign_in_failed", () -> accounts.signIn(address, "wrong", STRANGER, false));
            }
            assertThat(outcome(() -> accounts.signIn(address, "wrong", STRANGER, false))).isEqualTo("wait");
            clock.advance(Duration.ofMinutes(1));
        }
    }

    /** One attempt of another client: which client (of 30), whether it solved the captcha, seconds before it. */
    private record Attack(int client, boolean captcha, int pauseSeconds) {
    }

    private static Gen<Attack> attacks() {
        return integers().between(0, 29).zip(booleans().all(), integers().between(0, 600), Attack::new);
    }

    @Test
    void noSequenceOfOtherClientsFailuresMakesTheRightPasswordFromACleanClientFail() {
        qt().withExamples(40).forAll(lists().of(attacks()).ofSizeBetween(0, 120)).checkAssert(attacksMade -> {
            TestClock time = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
            AccountService service = aliceWithAPassword(time);
            for (Attack attack : attacksMade) {
                time.advance(Duration.ofSeconds(attack.pauseSeconds()));
                outcome(() -> service.signIn(ALICE_EMAIL, "guess", ClientKey.of("bot-" + attack.client()),
                        attack.captcha()));
            }
            assertThat(outcome(() -> service.signIn(ALICE_EMAIL, PASSWORD, ALICES_LAPTOP, false)))
                    .as("without the captcha: in, or asked for the captcha; never refused nor made to wait")
                    .isIn("signed in", "account.captcha_required");
            assertThat(outcome(() -> service.signIn(ALICE_EMAIL, PASSWORD, ALICES_LAPTOP, true)))
                    .as("with the captcha solved: always in").isEqualTo("signed in");
        });
    }
}
