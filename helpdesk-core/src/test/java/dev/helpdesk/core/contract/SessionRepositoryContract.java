package dev.helpdesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.domain.Digests;
import dev.helpdesk.core.domain.account.Language;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.session.Principal;
import dev.helpdesk.core.domain.session.Session;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.port.SessionRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link SessionRepository}: sessions found by id hash as stored while valid, by idle time and by absolute
 * lifetime; touched forward only; updated but never brought back; deleted one by one, per person but one, and when
 * expired; a shared key kept from the first candidate.
 */
public abstract class SessionRepositoryContract extends PortContract {
    private static final Principal ALICE = Principal.contact(ContactId.of("alice"));
    private static final Principal BOB = Principal.contact(ContactId.of("bob"));
    private static final Instant CREATED = Instant.parse("2026-02-03T04:05:06.789Z");
    private static final Duration IDLE = Duration.ofHours(2);
    private static final Duration LIFETIME = Duration.ofDays(7);

    private SessionRepository sessions() {
        return storage().sessions();
    }

    private static Session session(String id, Principal subject) {
        return new Session(Digests.sha256Hex(id), subject, "csrf-" + id, Optional.empty(), "Alice Liddell", "Acme Srl",
                ZoneId.of("Europe/Rome"), CREATED, CREATED, IDLE, CREATED.plus(LIFETIME));
    }

    private void insert(Session session) {
        inTransaction(() -> sessions().insert(session));
    }

    @Test
    public void anInsertedSessionIsFoundByItsHashAsStored() {
        Session french = session("s1", ALICE).withLanguage(Language.FR);
        Session utc = new Session(Digests.sha256Hex("s2"), BOB, "csrf-s2", Optional.empty(), "Bob", "",
                ZoneOffset.UTC, CREATED, CREATED, Duration.ofMinutes(30), CREATED.plus(Duration.ofHours(12)));
        insert(french);
        insert(utc);
        assertThat(sessions().find(french.idHash(), CREATED.plusSeconds(1)))
                .as(adapter("finds the session by its id hash, every field as inserted")).contains(french);
        assertThat(sessions().find(utc.idHash(), CREATED)).as(adapter("keeps an empty organization and UTC"))
                .contains(utc);
        assertThat(sessions().find(Digests.sha256Hex("never started"), CREATED))
                .as(adapter("finds no session for another hash")).isEmpty();
    }

    @Test
    public void aSessionWithAStoredHashIsADuplicate() {
        Session first = session("s1", ALICE);
        insert(first);
        assertConflict("session.duplicate", "refuses a second session with the same hash",
                () -> insert(session("s1", BOB)));
        assertThat(sessions().find(first.idHash(), CREATED)).as(adapter("keeps the first session")).contains(first);
    }

    @Test
    public void aSessionIdleForItsTimeoutIsNotFoundUnlessTouched() {
        Session s = session("s1", ALICE);
        insert(s);
        assertThat(sessions().find(s.idHash(), CREATED.plus(IDLE).minusMillis(1)))
                .as(adapter("finds the session just before its idle timeout")).isPresent();
        assertThat(sessions().find(s.idHash(), CREATED.plus(IDLE)))
                .as(adapter("finds no session idle for its whole timeout")).isEmpty();

        Instant later = CREATED.plus(Duration.ofMinutes(90));
        assertThat(sessions().touch(s.idHash(), later)).as(adapter("touches a stored session")).isTrue();
        assertThat(sessions().find(s.idHash(), CREATED.plus(IDLE)))
                .as(adapter("finds a touched session until its timeout from the last touch"))
                .contains(s.seenAt(later));
        assertThat(sessions().touch(s.idHash(), CREATED.plusSeconds(60)))
                .as(adapter("answers true for an earlier touch of a stored session")).isTrue();
        assertThat(sessions().find(s.idHash(), later).map(Session::lastSeenAt))
                .as(adapter("never moves the last-seen time back")).contains(later);
        assertThat(sessions().touch(Digests.sha256Hex("gone"), later))
                .as(adapter("touches no session that is not stored")).isFalse();
    }

    @Test
    public void aSessionPastItsAbsoluteLifetimeIsNotFoundHoweverActive() {
        Session s = session("s1", ALICE);
        insert(s);
        Instant end = CREATED.plus(LIFETIME);
        sessions().touch(s.idHash(), end.minusSeconds(60));
        assertThat(sessions().find(s.idHash(), end.minusMillis(1)))
                .as(adapter("finds an active session just before its lifetime ends")).isPresent();
        assertThat(sessions().find(s.idHash(), end))
                .as(adapter("finds no session at the end of its lifetime, though touched a minute before")).isEmpty();
    }

    @Test
    public void anUpdateChangesLanguageAndNamesButNeverBringsASessionBack() {
        Session s = session("s1", ALICE);
        insert(s);
        Session changed = s.withLanguage(Language.DE).withNames("Alice L.", "Acme GmbH", ZoneId.of("Europe/Berlin"));
        assertThat(sessions().update(changed)).as(adapter("updates a stored session")).isTrue();
        assertThat(sessions().find(s.idHash(), CREATED)).as(adapter("finds the session as updated")).contains(changed);

        assertThat(sessions().delete(s.idHash())).as(adapter("deletes a stored session")).isTrue();
        assertThat(sessions().update(changed)).as(adapter("updates no session that was deleted")).isFalse();
        assertThat(sessions().find(s.idHash(), CREATED)).as(adapter("does not store a deleted session again"))
                .isEmpty();
        assertThat(sessions().delete(s.idHash())).as(adapter("deletes nothing the second time")).isFalse();
    }

    @Test
    public void deleteAllOfEndsEverySessionOfThePersonButTheOneKept() {
        Session phone = session("phone", ALICE);
        Session laptop = session("laptop", ALICE);
        Session tablet = session("tablet", ALICE);
        Session bobs = session("bob", BOB);
        Session agentAlice = session("agent", new Principal(Principal.Kind.AGENT, "alice"));
        for (Session s : new Session[] {phone, laptop, tablet, bobs, agentAlice}) {
            insert(s);
        }
        int deleted = storage().transactor().inTransaction(
                () -> sessions().deleteAllOf(ALICE, Optional.of(laptop.idHash())));
        assertThat(deleted).as(adapter("counts the sessions it ended")).isEqualTo(2);
        assertThat(sessions().find(phone.idHash(), CREATED)).as(adapter("ends the person's other sessions")).isEmpty();
        assertThat(sessions().find(tablet.idHash(), CREATED)).as(adapter("ends the person's other sessions")).isEmpty();
        assertThat(sessions().find(laptop.idHash(), CREATED)).as(adapter("keeps the session asked to keep"))
                .contains(laptop);
        assertThat(sessions().find(bobs.idHash(), CREATED)).as(adapter("keeps another person's session"))
                .contains(bobs);
        assertThat(sessions().find(agentAlice.idHash(), CREATED))
                .as(adapter("keeps the session of an agent whose id equals the contact's")).contains(agentAlice);

        assertThat(storage().transactor().inTransaction(() -> sessions().deleteAllOf(ALICE, Optional.empty())))
                .as(adapter("ends every session of the person when none is kept")).isEqualTo(1);
        assertThat(sessions().find(laptop.idHash(), CREATED)).as(adapter("ends the last one too")).isEmpty();
    }

    @Test
    public void sessionsEndedInAUnitOfWorkThatFailsStayValid() {
        Session s = session("s1", ALICE);
        insert(s);
        assertThatThrownBy(() -> storage().transactor().run(() -> {
            sessions().deleteAllOf(ALICE, Optional.empty());
            throw new IllegalStateException("the password change failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(sessions().find(s.idHash(), CREATED))
                .as(adapter("keeps the sessions when the unit of work rolls back")).contains(s);
    }

    @Test
    public void deleteExpiredRemovesOnlyTheSessionsNoLongerValid() {
        Session idle = session("idle", ALICE);
        Session old = session("old", BOB);
        insert(idle);
        insert(old);
        Instant now = CREATED.plus(LIFETIME);
        sessions().touch(old.idHash(), now.minusSeconds(60));
        Session recent = new Session(Digests.sha256Hex("recent"), Principal.agent(AgentId.of("ann")), "csrf-recent",
                Optional.empty(), "Ann", "", ZoneOffset.UTC, now.minus(IDLE), now.minus(IDLE), IDLE, now.plus(LIFETIME));
        insert(recent);
        sessions().touch(recent.idHash(), now.minus(IDLE).plusMillis(1));
        int deleted = storage().transactor().inTransaction(() -> sessions().deleteExpired(now));
        assertThat(deleted).as(adapter("deletes the idle session and the one past its lifetime")).isEqualTo(2);
        assertThat(sessions().find(recent.idHash(), now)).as(adapter("keeps a session seen within its timeout"))
                .isPresent();
        assertThat(sessions().touch(idle.idHash(), now)).as(adapter("no longer stores the idle session")).isFalse();
        assertThat(sessions().touch(old.idHash(), now)).as(adapter("no longer stores the session past its lifetime"))
                .isFalse();
    }

    @Test
    public void aSharedKeyIsTheFirstCandidateStoredUnderItsName() {
        byte[] first = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
        byte[] second = {16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1};
        assertThat(storage().transactor().inTransaction(() -> sessions().sharedKey("csrf", first)))
                .as(adapter("stores the first candidate")).isEqualTo(first);
        assertThat(storage().transactor().inTransaction(() -> sessions().sharedKey("csrf", second)))
                .as(adapter("keeps the first key when offered another")).isEqualTo(first);
        assertThat(storage().transactor().inTransaction(() -> sessions().sharedKey("other", second)))
                .as(adapter("keeps each name's key apart")).isEqualTo(second);
    }
}
