package dev.helpdesk.core.domain.account;

import dev.helpdesk.core.domain.Digests;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The clear form of one-time codes: 130 random bits as 26 base32 characters, grouped by four for people to read and
 * type ({@code k3m9-...}); what they type back is {@link #normalise normalised} (case, dashes and spaces do not
 * matter) before it is hashed.
 */
public final class SecretCode {
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final int CHARACTERS = 26;
    private static final int LONGEST_INPUT = 100;

    private SecretCode() {
    }

    /** A new code from {@code random}: 26 characters of 5 bits each, at least 128 bits of entropy. */
    public static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(CHARACTERS + CHARACTERS / 4);
        for (int i = 0; i < CHARACTERS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The code as typed, without dashes or white space, in lower case; empty for an absent or absurd input. */
    public static String normalise(String typed) {
        if (typed == null || typed.length() > LONGEST_INPUT) {
            return "";
        }
        return typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /**
     * SHA-256 of the normalised code, in hex. A fast hash is right here, unlike for passwords: the code has 130 random
     * bits, so nobody can try enough guesses against a stolen hash for a slow hash to matter, and a fast, unsalted
     * hash lets the code be looked up by its hash.
     */
    public static String hash(String typed) {
        return Digests.sha256Hex(normalise(typed));
    }
}
