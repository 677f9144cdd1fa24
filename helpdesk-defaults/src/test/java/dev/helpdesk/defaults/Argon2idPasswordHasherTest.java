package dev.helpdesk.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {
    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();

    @Test
    void hashesAreArgon2idPhcStringsWithTheOwaspParametersAndAFreshSalt() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");

        assertThat(first).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theRightPasswordVerifiesAndAnyOtherDoesNot() {
        String hash = hasher.hash("pässwörd 🔑 with unicode");

        assertThat(hasher.verify("pässwörd 🔑 with unicode", hash)).isTrue();
        assertThat(hasher.verify("pässwörd 🔑 with unicodE", hash)).isFalse();
        assertThat(hasher.verify("", hash)).isFalse();
    }

    @Test
    void anUnreadableHashVerifiesNothingAndNeedsARehash() {
        for (String garbage : new String[] {"", "plain text", "$argon2id$v=19$m=x", "$2a$10$abcdefghijklmnopqrstuv"}) {
            assertThat(hasher.verify("anything at all", garbage)).as(garbage).isFalse();
            assertThat(hasher.needsRehash(garbage)).as(garbage).isTrue();
        }
        assertThat(hasher.verify("anything at all", null)).isFalse();
    }

    @Test
    void aHashWithOtherParametersStillVerifiesAndNeedsARehash() {
        Argon2idPasswordHasher weaker = new Argon2idPasswordHasher(8_192, 1, 1);
        String old = weaker.hash("correct horse battery");

        assertThat(old).startsWith("$argon2id$v=19$m=8192,t=1,p=1$");
        assertThat(hasher.verify("correct horse battery", old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("correct horse battery"))).isFalse();
        assertThat(weaker.needsRehash(hasher.hash("correct horse battery"))).isTrue();
    }

    @Test
    void anArgon2iHashNeedsARehashToArgon2id() {
        String argon2i = com.password4j.Password.hash("correct horse battery").addRandomSalt(16)
                .with(com.password4j.Argon2Function.getInstance(19_456, 2, 1, 32, com.password4j.types.Argon2.I))
                .getResult();
        assertThat(argon2i).startsWith("$argon2i$");
        assertThat(hasher.needsRehash(argon2i)).isTrue();
        assertThat(hasher.verify("correct horse battery", argon2i)).isTrue();
    }
}
