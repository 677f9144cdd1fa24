package dev.helpdesk.core.port;

import java.security.SecureRandom;

/** New opaque ids: ids end up in URLs, so one must not be guessable from another. */
public interface IdGenerator {
    String newId();

    /** 128 random bits from {@link SecureRandom}, as 26 characters of lower-case base32. */
    static IdGenerator secureRandom() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            return Base32.encode(bytes);
        };
    }
}
