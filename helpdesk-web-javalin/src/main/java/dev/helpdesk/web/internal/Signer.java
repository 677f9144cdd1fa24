package dev.helpdesk.web.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * What the portal leaves in a browser instead of keeping it on the server for anonymous visitors: double-submit
 * CSRF tokens and messages shown once, signed with HMAC-SHA256 under a key every node shares (made once and kept in
 * storage, {@code SessionService.sharedKey}). Each use has its own purpose in the signed text, so a token of one
 * kind is never taken for another.
 */
final class Signer {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final Supplier<byte[]> key;
    private volatile SecretKeySpec spec;

    /** @param key read on first use (storage may not be ready while the portal is being built) */
    Signer(Supplier<byte[]> key) {
        this.key = key;
    }

    /** A new CSRF token for an anonymous form: 256 random bits and their signature. */
    String newCsrfToken() {
        byte[] nonce = new byte[32];
        RANDOM.nextBytes(nonce);
        return sign("csrf", B64.encodeToString(nonce));
    }

    /** Whether {@code token} is one this portal (any node) made by {@link #newCsrfToken}. */
    boolean isCsrfToken(String token) {
        return open("csrf", token).isPresent();
    }

    /** {@code text} signed, as a cookie value (base64url and one dot). */
    String sealText(String text) {
        return sign("text", B64.encodeToString(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The text sealed by {@link #sealText}, if {@code sealed} is one untouched. */
    Optional<String> openText(String sealed) {
        try {
            return open("text", sealed).map(p -> new String(Base64.getUrlDecoder().decode(p), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private String sign(String purpose, String payload) {
        return payload + "." + B64.encodeToString(mac(purpose, payload));
    }

    private Optional<String> open(String purpose, String signed) {
        if (signed == null || signed.length() > 4096) {
            return Optional.empty();
        }
        int dot = signed.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = signed.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signed.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        return MessageDigest.isEqual(given, mac(purpose, payload)) ? Optional.of(payload) : Optional.empty();
    }

    private byte[] mac(String purpose, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(spec());
            return mac.doFinal((purpose + ":" + payload).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has HmacSHA256", e);
        }
    }

    private SecretKeySpec spec() {
        SecretKeySpec current = spec;
        if (current == null) {
            current = new SecretKeySpec(key.get(), "HmacSHA256");
            spec = current;
        }
        return current;
    }
}
