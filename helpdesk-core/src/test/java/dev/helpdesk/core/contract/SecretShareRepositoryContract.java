package dev.helpdesk.core.contract;

import static dev.helpdesk.core.fixture.Tickets.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.domain.secret.Ciphertext;
import dev.helpdesk.core.domain.secret.SecretReveal;
import dev.helpdesk.core.domain.secret.SecretShare;
import dev.helpdesk.core.domain.secret.SecretShareId;
import dev.helpdesk.core.domain.staff.AgentId;
import dev.helpdesk.core.domain.ticket.TicketId;
import dev.helpdesk.core.port.SecretShareRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link SecretShareRepository}: insert (ids unique), find, a ticket's shares oldest first, an append-only trail of
 * reveals, and purging that deletes the ciphertext of every share due, once.
 */
public abstract class SecretShareRepositoryContract extends PortContract {

    private SecretShareRepository shares() {
        return storage().secretShares();
    }

    private void insert(SecretShare share) {
        inTransaction(() -> shares().insert(share));
    }

    /** A share of ticket {@code t-<ticket>} shared at minute {@code minute}, purged 60 minutes later. */
    static SecretShare share(String id, int ticket, long minute) {
        byte[] bytes = new byte[40];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7 + id.hashCode());
        }
        bytes[0] = 0;
        bytes[1] = (byte) 0xff;
        return SecretShare.shared(SecretShareId.of(id), TicketId.of("t-" + ticket), "Admin password — WordPress",
                ContactId.of("alice"), at(minute), at(minute + 60), new Ciphertext(bytes));
    }

    @Test
    public void anInsertedShareIsFoundEqualToWhatWasInserted() {
        SecretShare share = share("s-1", 1, 0);
        insert(share);
        Optional<SecretShare> found = shares().find(share.id());
        assertThat(found).as(adapter("finds the share as inserted")).contains(share);
        assertThat(found.orElseThrow().ciphertext().orElseThrow().bytes())
                .as(adapter("keeps every byte of the ciphertext, zero and 0xff included"))
                .isEqualTo(share.ciphertext().orElseThrow().bytes());
        assertThat(shares().find(SecretShareId.of("s-2"))).as(adapter("finds no unknown share")).isEmpty();
    }

    @Test
    public void anIdIsInsertedOnce() {
        SecretShare first = share("s-1", 1, 0);
        insert(first);
        assertConflict("secret.duplicate", "refuses a second share with the same id",
                () -> insert(share("s-1", 2, 5)));
        assertThat(shares().find(first.id())).as(adapter("keeps the first share unchanged")).contains(first);
        assertThat(shares().onTicket(TicketId.of("t-2"))).as(adapter("keeps nothing of the refused share")).isEmpty();
    }

    @Test
    public void aRolledBackInsertIsNotKept() {
        assertThatThrownBy(() -> inTransaction(() -> {
            shares().insert(share("s-1", 1, 0));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(shares().find(SecretShareId.of("s-1"))).as(adapter("keeps no share of a rolled-back unit"))
                .isEmpty();
    }

    @Test
    public void aTicketsSharesAreListedOldestFirst() {
        SecretShare later = share("s-a", 1, 10);
        SecretShare earlier = share("s-z", 1, 5);
        SecretShare sameTimeLowerId = share("s-b", 1, 10);
        insert(later);
        insert(share("s-other", 2, 1));
        insert(earlier);
        insert(sameTimeLowerId);
        assertThat(shares().onTicket(TicketId.of("t-1"))).extracting(s -> s.id().value())
                .as(adapter("lists the ticket's shares by shared time, then id"))
                .containsExactly("s-z", "s-a", "s-b");
        assertThat(shares().onTicket(TicketId.of("t-3"))).as(adapter("lists nothing for a ticket without shares"))
                .isEmpty();
    }

    @Test
    public void revealsAreRecordedPerShareOldestFirst() {
        insert(share("s-1", 1, 0));
        insert(share("s-2", 1, 0));
        SecretReveal second = new SecretReveal(SecretShareId.of("s-1"), AgentId.of("bea"), at(20));
        SecretReveal first = new SecretReveal(SecretShareId.of("s-1"), AgentId.of("ann"), at(10));
        SecretReveal other = new SecretReveal(SecretShareId.of("s-2"), AgentId.of("ann"), at(15));
        inTransaction(() -> shares().recordReveal(second));
        inTransaction(() -> shares().recordReveal(first));
        inTransaction(() -> shares().recordReveal(other));
        inTransaction(() -> shares().recordReveal(first));
        assertThat(shares().reveals(SecretShareId.of("s-1"))).as(adapter("keeps every reveal of a share, oldest first"))
                .containsExactly(first, first, second);
        assertThat(shares().reveals(SecretShareId.of("s-2"))).as(adapter("keeps each share's reveals apart"))
                .containsExactly(other);
        assertThat(shares().reveals(SecretShareId.of("s-3"))).as(adapter("has no reveal of an unknown share"))
                .isEmpty();
    }

    @Test
    public void purgingDeletesTheCiphertextOfEveryShareDueAndOnlyThose() {
        SecretShare due = share("s-due", 1, 0);          // purge at 60
        SecretShare dueExactly = share("s-exact", 2, 40); // purge at 100
        SecretShare notDue = share("s-later", 1, 41);     // purge at 101
        insert(due);
        insert(dueExactly);
        insert(notDue);
        Instant now = at(100);
        List<SecretShare> purged = storage().transactor().inTransaction(() -> shares().purgeDue(now));
        assertThat(purged).as(adapter("returns the shares purged, oldest first, without ciphertext"))
                .containsExactly(due.purgedAt(now), dueExactly.purgedAt(now));
        assertThat(shares().find(due.id())).as(adapter("keeps a purged share without its ciphertext"))
                .contains(due.purgedAt(now));
        assertThat(shares().find(dueExactly.id())).as(adapter("purges a share at its purge time exactly"))
                .get().extracting(SecretShare::ciphertext).isEqualTo(Optional.empty());
        assertThat(shares().find(notDue.id())).as(adapter("leaves a share not yet due")).contains(notDue);
        assertThat(storage().transactor().inTransaction(() -> shares().purgeDue(at(100))))
                .as(adapter("purges nothing twice")).isEmpty();
        assertThat(storage().transactor().inTransaction(() -> shares().purgeDue(at(200))))
                .as(adapter("purges the rest when due")).containsExactly(notDue.purgedAt(at(200)));
    }

    @Test
    public void aRolledBackPurgeKeepsTheCiphertext() {
        SecretShare share = share("s-1", 1, 0);
        insert(share);
        assertThatThrownBy(() -> inTransaction(() -> {
            shares().purgeDue(at(500));
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(shares().find(share.id())).as(adapter("keeps the ciphertext when the purge rolled back"))
                .contains(share);
    }
}
