package dev.helpdesk.defaults;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.helpdesk.core.port.PasswordHasher;
import java.util.Objects;

/**
 * Argon2id with Password4j, as PHC strings ({@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}). The defaults are
 * OWASP's first recommendation: 19 MiB of memory, 2 iterations, 1 lane, a 16-byte random salt and a 32-byte hash.
 * A hash made with other parameters still verifies (they are read from the hash) and {@link #needsRehash needs a
 * rehash}, so raising the parameters upgrades accounts as their owners sign in.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {
    public static final int DEFAULT_MEMORY_KIB = 19_456;
    public static final int DEFAULT_ITERATIONS = 2;
    public static final int DEFAULT_PARALLELISM = 1;
    private static final int HASH_LENGTH = 32;
    private static final int SALT_LENGTH = 16;

    private final Argon2Function function;

    /** The defaults: m=19456 KiB, t=2, p=1. */
    public Argon2idPasswordHasher() {
        this(DEFAULT_MEMORY_KIB, DEFAULT_ITERATIONS, DEFAULT_PARALLELISM);
    }

    /** Other parameters: more memory or iterations as hardware allows (each sign-in pays them). */
    public Argon2idPasswordHasher(int memoryKib, int iterations, int parallelism) {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2 needs iterations >= 1, parallelism >= 1 and memory >= 8 KiB "
                    + "per lane");
        }
        // getInstance with explicit parameters, not withArgon2(), which reads its defaults from psw4j.properties
        this.function = Argon2Function.getInstance(memoryKib, iterations, parallelism, HASH_LENGTH, Argon2.ID);
    }

    @Override
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        return Password.hash(password).addRandomSalt(SALT_LENGTH).with(function).getResult();
    }

    @Override
    public boolean verify(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2")) {
            return false;
        }
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    @Override
    public boolean needsRehash(String hash) {
        if (hash == null || !hash.startsWith("$argon2id$")) {
            return true;
        }
        try {
            Argon2Function stored = Argon2Function.getInstanceFromHash(hash);
            return stored.getVariant() != Argon2.ID || stored.getMemory() != function.getMemory()
                    || stored.getIterations() != function.getIterations()
                    || stored.getParallelism() != function.getParallelism()
                    || stored.getVersion() != function.getVersion();
        } catch (RuntimeException unreadable) {
            return true;
        }
    }
}
