package dev.helpdesk.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Sign-ins of many people at once verify their hashes on many threads: each answer must be that hash's own. */
class Argon2idConcurrencyTest {
    @Test
    void hashesVerifiedOnManyThreadsAtOnceGiveTheSameAnswersAsOneByOne() throws Exception {
        Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(1024, 1, 1);
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            hashes.add(hasher.hash("password-" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> answers = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                for (int i = 0; i < hashes.size(); i++) {
                    int person = i;
                    int other = (i + 1) % hashes.size();
                    answers.add(pool.submit((Callable<Boolean>) () -> hasher.verify("password-" + person,
                            hashes.get(person))));
                    answers.add(pool.submit((Callable<Boolean>) () -> !hasher.verify("password-" + other,
                            hashes.get(person))));
                }
            }
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get()).as("a right password accepted and a wrong one refused").isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
