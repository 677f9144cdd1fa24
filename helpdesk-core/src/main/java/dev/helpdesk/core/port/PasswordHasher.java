package dev.helpdesk.core.port;

/**
 * Slow, salted password hashing. Implementations keep the whole result, algorithm, parameters and salt included, in
 * one string (PHC format such as {@code $argon2id$v=19$m=19456,t=2,p=1$…}), so that parameters can change over time:
 * {@code helpdesk-defaults} has {@code Argon2idPasswordHasher}.
 */
public interface PasswordHasher {

    /** A new hash of {@code password}, with a fresh random salt. */
    String hash(String password);

    /**
     * Whether {@code password} matches {@code hash}. A hash this hasher cannot read (another algorithm, corrupted) is
     * {@code false}, never an exception.
     */
    boolean verify(String password, String hash);

    /** Whether {@code hash} was made with other parameters than {@link #hash} uses now: rehash at the next sign-in. */
    boolean needsRehash(String hash);
}
