package dev.helpdesk.core.port;

/**
 * Authenticated encryption (AEAD) of the secrets customers share. The associated data is not encrypted but bound
 * to the ciphertext: decrypting with other associated data fails, as does decrypting altered bytes. Keys come from
 * the implementation's configuration; an implementation that rotates keys keeps decrypting what older keys
 * encrypted. The default implementation is {@code TinkSecretCipher} in {@code helpdesk-defaults}.
 *
 * <p>Implementations never log plaintexts, keys or ciphertexts.
 */
public interface SecretCipher {

    /** Encrypts {@code plaintext}, binding {@code associatedData} to the result. */
    byte[] encrypt(byte[] plaintext, byte[] associatedData);

    /**
     * Decrypts what {@link #encrypt} returned for this associated data.
     *
     * @throws SecretCipherException if the ciphertext was altered, the associated data differs, or no key of the
     *                               configuration can open it
     */
    byte[] decrypt(byte[] ciphertext, byte[] associatedData);
}
