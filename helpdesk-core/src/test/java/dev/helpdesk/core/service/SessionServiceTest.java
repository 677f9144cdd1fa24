package dev.helpdesk.core.service;

import static dev.helpdesk.core.fixture.Directory.aContact;
import static dev.helpdesk.core.fixture.Directory.anAgent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.Helpdesk;
import dev.helpdesk.core.domain.Digests;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.session.Principal;
import dev.helpdesk.core.domain.session.Session;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.error.InvalidInputException;
import dev.helpdesk.core.fixture.FakePasswordHasher;
import dev.helpdesk.core.fixture.FakeRateLimiter;
import dev.helpdesk.core.fixture.TestClock;
import dev.helpdesk.core.inmemory.InMemoryStorage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sessions kept in storage: stored by hash, idle and absolute expiry, touched about once a minute; and every path
 * that sets a new password (change, reset code, welcome code) ends every session of that person in the same unit
 * of work.
 */
class SessionServiceTest {
    private static final String PASSWORD = "correct horse battery";
    private static final ContactId ALICE = ContactId.of("alice");
    private static final Caller ANN = Caller.agent(AgentId.of("ann"));

    private final TestClock clock = new TestClock(Instant.parse("2026-04-01T09:00:00Z"));
    private final InMemoryStorage storage = new InMemoryStorage(clock);
    private final Helpdesk helpdesk = Helpdesk.builder().storage(storage).clock(clock)
            .passwordHasher(new FakePasswordHasher()).rateLimiter(new FakeRateLimiter(clock)).build();
    private final SessionService sessions = helpdesk.sessions();

    SessionServiceTest() {
        helpdesk.directory().save(aContact("alice").build());
        helpdesk.directory().save(aContact("bob").build());
        helpdesk.directory().save(anAgent("ann").build());
        helpdesk.accounts().invite(ANN, ALICE);
        helpdesk.accounts().setPasswordWithCode(helpdesk.accounts().issueWelcomeCode(ALICE).code(), PASSWORD);
        helpdesk.accounts().invite(ANN, ContactId.of("bob"));
    }

    private StartedSession start(String who) {
        return sessions.start(new StartSession(Principal.contact(ContactId.of(who)), Optional.empty(), who, "",
                ZoneOffset.UTC, Duration.ofHours(2), Duration.ofDays(7)));
    }

    @Test
    void onlyTheHashOfTheIdIsStoredAndTheIdFindsTheSession() {
        StartedSession started = start("alice");
        assertThat(started.session().idHash()).isEqualTo(Digests.sha256Hex(started.id()));
        assertThat(started.session().csrfToken()).isNotEqualTo(started.id()).hasSize(43);
        assertThat(storage.sessions().find(started.id(), clock.now())).as("the clear id is no key").isEmpty();
        assertThat(sessions.find(started.id())).contains(started.session());
        assertThat(started.toString()).doesNotContain(started.id());
        assertThat(sessions.find("x".repeat(10_000))).isEmpty();
        assertThat(sessions.find(null)).isEmpty();
    }

    @Test
    void aSessionEndsWhenIdleAndAtItsAbsoluteLifetimeHoweverActive() {
        StartedSession started = start("alice");
        Session session = started.session();
        for (int hour = 0; hour < 7 * 24 - 1; hour++) {
            clock.advance(Duration.ofHours(1));
            session = sessions.seen(sessions.find(started.id()).orElseThrow());
        }
        assertThat(session.lastSeenAt()).isEqualTo(clock.now());
        clock.advance(Duration.ofHours(1));
        assertThat(sessions.find(started.id())).as("past the absolute lifetime, though used every hour").isEmpty();

        StartedSession idle = start("alice");
        clock.advance(Duration.ofHours(2));
        assertThat(sessions.find(idle.id())).as("idle for its whole timeout").isEmpty();
        assertThat(sessions.purgeExpired()).as("the first went when the second started, more than an hour on")
                .isEqualTo(1);
    }

    @Test
    void theLastSeenTimeIsWrittenAtMostOnceAMinute() {
        StartedSession started = start("alice");
        clock.advance(Duration.ofSeconds(59));
        Session seen = sessions.seen(started.session());
        assertThat(seen).as("not written within the minute").isEqualTo(started.session());
        assertThat(sessions.find(started.id()).orElseThrow().lastSeenAt()).isEqualTo(started.session().createdAt());
        clock.advance(Duration.ofSeconds(1));
        seen = sessions.seen(seen);
        assertThat(seen.lastSeenAt()).isEqualTo(clock.now());
        assertThat(sessions.find(started.id()).orElseThrow().lastSeenAt()).isEqualTo(clock.now());
    }

    @Test
    void signingOutEndsTheSessionOnly() {
        StartedSession mine = start("alice");
        StartedSession other = start("alice");
        sessions.end(mine.id());
        assertThat(sessions.find(mine.id())).isEmpty();
        assertThat(sessions.find(other.id())).isPresent();
    }

    @Test
    void aPasswordChangeEndsEverySessionOfThePersonAndNoOtherOne() {
        StartedSession phone = start("alice");
        StartedSession laptop = start("alice");
        StartedSession bobs = start("bob");
        helpdesk.accounts().changePassword(Caller.contact(ALICE), PASSWORD, "brand new password");
        assertThat(sessions.find(phone.id())).isEmpty();
        assertThat(sessions.find(laptop.id())).isEmpty();
        assertThat(sessions.find(bobs.id())).isPresent();
    }

    @Test
    void aRejectedPasswordChangeEndsNoSession() {
        StartedSession phone = start("alice");
        assertThatThrownBy(() -> helpdesk.accounts().changePassword(Caller.contact(ALICE), "wrong password",
                "brand new password")).isInstanceOf(InvalidInputException.class);
        assertThat(sessions.find(phone.id())).isPresent();
    }

    @Test
    void aPasswordResetEndsEverySessionOfThePerson() {
        StartedSession phone = start("alice");
        String code = helpdesk.accounts().issueResetCode(ALICE).code();
        helpdesk.accounts().resetPassword(helpdesk.directory().contact(ALICE).orElseThrow().email().value(), code,
                "brand new password");
        assertThat(sessions.find(phone.id())).isEmpty();
    }

    @Test
    void aPasswordSetWithAWelcomeCodeEndsEverySessionOfThePerson() {
        StartedSession phone = start("alice");
        helpdesk.accounts().setPasswordWithCode(helpdesk.accounts().issueWelcomeCode(ALICE).code(),
                "brand new password");
        assertThat(sessions.find(phone.id())).isEmpty();
    }

    @Test
    void theSharedKeyIsMadeOnceAndThenTheSameForEveryone() {
        byte[] first = sessions.sharedKey("csrf");
        assertThat(first).hasSize(32);
        assertThat(Helpdesk.builder().storage(storage).build().sessions().sharedKey("csrf")).isEqualTo(first);
        assertThat(sessions.sharedKey("other")).isNotEqualTo(first);
    }

    @Test
    void startingASessionAnHourAfterTheLastPurgeDeletesTheExpiredOnes() {
        start("alice");
        sessions.start(new StartSession(Principal.contact(ALICE), Optional.empty(), "alice", "", ZoneOffset.UTC,
                Duration.ofMinutes(10), Duration.ofDays(1)));
        clock.advance(Duration.ofMinutes(20));
        start("bob");
        assertThat(sessions.purgeExpired()).as("within the hour no start purges: the short session is left").isOne();

        sessions.start(new StartSession(Principal.contact(ALICE), Optional.empty(), "alice", "", ZoneOffset.UTC,
                Duration.ofMinutes(10), Duration.ofDays(1)));
        clock.advance(Duration.ofHours(1));
        start("bob");
        assertThat(sessions.purgeExpired()).as("an hour on, starting bob's session deleted the expired one").isZero();
    }
}
