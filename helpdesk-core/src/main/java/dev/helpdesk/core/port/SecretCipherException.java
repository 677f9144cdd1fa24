package dev.helpdesk.core.port;

/**
 * A {@link SecretCipher} could not encrypt or decrypt: altered ciphertext, other associated data, or a missing key.
 * Not the caller's fault; the web adapter answers 500. Its message never holds the secret or a key.
 */
public final class SecretCipherException extends RuntimeException {
    public SecretCipherException(String message, Throwable cause) {
        super(message, cause);
    }
}
