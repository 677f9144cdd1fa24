package dev.helpdesk.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.core.domain.account.CodePurpose;
import dev.helpdesk.core.domain.account.OneTimeCode;
import dev.helpdesk.core.domain.account.OneTimeCodeId;
import dev.helpdesk.core.domain.account.SecretCode;
import dev.helpdesk.core.domain.directory.ContactId;
import dev.helpdesk.core.port.OneTimeCodeRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link OneTimeCodeRepository}: codes found by hash as stored; {@code markUsed} succeeds once per code, even under
 * concurrent calls; {@code revokeUnused} spends a contact's unused codes; expired codes can be deleted.
 */
public abstract class OneTimeCodeRepositoryContract extends PortContract {
    private static final ContactId ALICE = ContactId.of("alice");
    private static final ContactId BOB = ContactId.of("bob");
    private static final Instant ISSUED = Instant.parse("2026-02-03T04:05:06.789Z");

    private OneTimeCodeRepository codes() {
        return storage().oneTimeCodes();
    }

    private static OneTimeCode code(String id, ContactId contact, CodePurpose purpose, Duration lifetime) {
        return new OneTimeCode(OneTimeCodeId.of(id), contact, purpose, SecretCode.hash("code-" + id), ISSUED,
                ISSUED.plus(lifetime), Optional.empty());
    }

    private static OneTimeCode code(String id, ContactId contact) {
        return code(id, contact, CodePurpose.PASSWORD_RESET, Duration.ofMinutes(30));
    }

    private void insert(OneTimeCode code) {
        inTransaction(() -> codes().insert(code));
    }

    private Optional<OneTimeCode> find(OneTimeCode code) {
        return codes().findByHash(code.codeHash());
    }

    @Test
    public void anInsertedCodeIsFoundByItsHashAsStored() {
        OneTimeCode welcome = code("w1", ALICE, CodePurpose.WELCOME, Duration.ofDays(7));
        insert(welcome);
        insert(code("r1", BOB));
        assertThat(find(welcome)).as(adapter("finds the code by its hash, every field as inserted")).contains(welcome);
        assertThat(codes().findByHash(SecretCode.hash("never issued"))).as(adapter("finds no code for another hash"))
                .isEmpty();
    }

    @Test
    public void aCodeWithAStoredIdOrHashIsADuplicate() {
        OneTimeCode first = code("c1", ALICE);
        insert(first);
        OneTimeCode sameId = new OneTimeCode(first.id(), BOB, CodePurpose.WELCOME, SecretCode.hash("other"), ISSUED,
                ISSUED.plusSeconds(60), Optional.empty());
        assertConflict("code.duplicate", "refuses a second code with the same id", () -> insert(sameId));
        OneTimeCode sameHash = new OneTimeCode(OneTimeCodeId.of("c2"), BOB, CodePurpose.WELCOME, first.codeHash(),
                ISSUED, ISSUED.plusSeconds(60), Optional.empty());
        assertConflict("code.duplicate", "refuses a second code with the same hash", () -> insert(sameHash));
        assertThat(find(first)).as(adapter("keeps the first code")).contains(first);
    }

    @Test
    public void markUsedSucceedsOnceAndRecordsWhen() {
        OneTimeCode code = code("c1", ALICE);
        insert(code);
        Instant at = ISSUED.plusSeconds(90);
        assertThat(codes().markUsed(code.id(), at)).as(adapter("marks an unused code used")).isTrue();
        assertThat(codes().markUsed(code.id(), at.plusSeconds(1))).as(adapter("refuses to use a used code again"))
                .isFalse();
        assertThat(find(code).orElseThrow().usedAt()).as(adapter("keeps the first use's time")).contains(at);
        assertThat(codes().markUsed(OneTimeCodeId.of("unknown"), at)).as(adapter("refuses an unknown code")).isFalse();
    }

    @Test
    public void markUsedInsideARolledBackUnitLeavesTheCodeUnused() {
        OneTimeCode code = code("c1", ALICE);
        insert(code);
        try {
            inTransaction(() -> {
                assertThat(codes().markUsed(code.id(), ISSUED.plusSeconds(1))).isTrue();
                throw new TransactorContract.Boom();
            });
        } catch (TransactorContract.Boom expected) {
            // rolled back on purpose
        }
        assertThat(find(code).orElseThrow().usedAt()).as(adapter("forgets a rolled-back use")).isEmpty();
        assertThat(codes().markUsed(code.id(), ISSUED.plusSeconds(2))).as(adapter("lets the code be used after all"))
                .isTrue();
    }

    @Test
    public void ofConcurrentUsesOfOneCodeExactlyOneSucceeds() throws Exception {
        OneTimeCode code = code("c1", ALICE);
        insert(code);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Instant at = ISSUED.plusSeconds(i + 1);
                Callable<Boolean> use = () -> {
                    start.await();
                    return storage().transactor().inTransaction(() -> codes().markUsed(code.id(), at));
                };
                results.add(pool.submit(use));
            }
            start.countDown();
            int successes = 0;
            for (Future<Boolean> result : results) {
                successes += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertThat(successes).as(adapter("lets exactly one of " + threads + " concurrent uses succeed"))
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void revokeUnusedSpendsOnlyTheContactsUnusedCodes() {
        OneTimeCode reset = code("a1", ALICE);
        OneTimeCode welcome = code("a2", ALICE, CodePurpose.WELCOME, Duration.ofDays(7));
        OneTimeCode used = code("a3", ALICE);
        OneTimeCode bobs = code("b1", BOB);
        List.of(reset, welcome, used, bobs).forEach(this::insert);
        Instant usedAt = ISSUED.plusSeconds(5);
        codes().markUsed(used.id(), usedAt);
        Instant revokedAt = ISSUED.plusSeconds(10);

        int revoked = storage().transactor().inTransaction(() -> codes().revokeUnused(ALICE, revokedAt));

        assertThat(revoked).as(adapter("counts the codes it revoked")).isEqualTo(2);
        assertThat(find(reset).orElseThrow().usedAt()).as(adapter("revokes an unused reset code")).contains(revokedAt);
        assertThat(find(welcome).orElseThrow().usedAt()).as(adapter("revokes an unused welcome code"))
                .contains(revokedAt);
        assertThat(find(used).orElseThrow().usedAt()).as(adapter("leaves a used code's time alone")).contains(usedAt);
        assertThat(find(bobs).orElseThrow().usedAt()).as(adapter("leaves another contact's code alone")).isEmpty();
    }

    @Test
    public void deleteExpiredBeforeKeepsCodesExpiringAtOrAfterTheInstant() {
        OneTimeCode shortLived = code("s1", ALICE, CodePurpose.PASSWORD_RESET, Duration.ofMinutes(30));
        OneTimeCode exact = code("e1", BOB, CodePurpose.PASSWORD_RESET, Duration.ofHours(1));
        OneTimeCode longLived = code("l1", ALICE, CodePurpose.WELCOME, Duration.ofDays(7));
        List.of(shortLived, exact, longLived).forEach(this::insert);

        int deleted = storage().transactor().inTransaction(
                () -> codes().deleteExpiredBefore(ISSUED.plus(Duration.ofHours(1))));

        assertThat(deleted).as(adapter("counts the deleted codes")).isEqualTo(1);
        assertThat(find(shortLived)).as(adapter("deletes a code that expired before the instant")).isEmpty();
        assertThat(find(exact)).as(adapter("keeps a code expiring at the instant")).contains(exact);
        assertThat(find(longLived)).as(adapter("keeps a code expiring later")).contains(longLived);
    }
}
