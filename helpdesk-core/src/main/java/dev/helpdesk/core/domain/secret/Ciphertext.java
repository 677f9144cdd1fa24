package dev.helpdesk.core.domain.secret;

import java.util.Arrays;

/** A secret as the {@code SecretCipher} sealed it: opaque bytes, compared by content, never printed. */
public final class Ciphertext {
    private final byte[] bytes;

    public Ciphertext(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("a ciphertext has at least one byte");
        }
        this.bytes = bytes.clone();
    }

    /** A copy of the bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ciphertext && Arrays.equals(bytes, ((Ciphertext) other).bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "Ciphertext[" + bytes.length + " bytes]";
    }
}
