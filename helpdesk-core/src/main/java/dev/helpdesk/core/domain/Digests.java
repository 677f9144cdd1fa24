package dev.helpdesk.core.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Hashes of high-entropy secrets (one-time codes, rating tokens), by which they are stored and looked up. */
public final class Digests {
    private Digests() {
    }

    /**
     * SHA-256 of the text's UTF-8 bytes, in lower-case hex. A fast, unsalted hash is right for random secrets of 128
     * bits or more: nobody can try enough guesses against a stolen hash, and the secret can be found by its hash.
     */
    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
