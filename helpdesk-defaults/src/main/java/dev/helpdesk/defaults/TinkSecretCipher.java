package dev.helpdesk.defaults;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Configuration;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.aead.AeadConfig2026;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import dev.helpdesk.core.port.SecretCipher;
import dev.helpdesk.core.port.SecretCipherException;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * The {@link SecretCipher} on Google Tink: AEAD with AES-256-GCM, from a keyset of one or more keys. The keyset's
 * primary key encrypts; every key of the keyset decrypts (Tink prefixes each ciphertext with its key's id), so a
 * keyset rotated with {@link TinkKeysets#rotate} still opens what older keys sealed.
 *
 * <p>In production the keyset is stored encrypted by a key-encryption key (a KMS key or another AEAD the host
 * holds apart): {@link #fromEncryptedKeyset}. {@link #fromCleartextKeysetForTestsAndDevOnly} reads a keyset whose
 * keys are in clear in the JSON: for tests and local development only.
 *
 * <pre>{@code
 * Aead kek = ...; // from the host's KMS
 * String keyset = config.get("helpdesk.secrets.keyset"); // made once with TinkKeysets.newEncryptedKeyset(kek, ad)
 * SecretCipher cipher = TinkSecretCipher.fromEncryptedKeyset(keyset, kek, ad);
 * }</pre>
 */
public final class TinkSecretCipher implements SecretCipher {
    private final Aead aead;

    private TinkSecretCipher(KeysetHandle keyset) {
        try {
            this.aead = keyset.getPrimitive(config(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the keyset holds no usable AEAD key: " + e.getMessage(), e);
        }
    }

    /** A cipher over a keyset handle built by the caller (from a KMS, say). */
    public static TinkSecretCipher fromKeyset(KeysetHandle keyset) {
        return new TinkSecretCipher(Objects.requireNonNull(keyset, "keyset"));
    }

    /**
     * A cipher over a keyset stored encrypted (Tink's JSON format), as {@link TinkKeysets#newEncryptedKeyset} and
     * {@link TinkKeysets#rotate} make it.
     *
     * @param keyEncryptionKey the AEAD that encrypted the keyset, such as a KMS key
     * @param associatedData   the associated data it was encrypted with (may be empty, never null)
     * @throws IllegalArgumentException if the keyset cannot be decrypted or parsed
     */
    public static TinkSecretCipher fromEncryptedKeyset(String encryptedKeyset, Aead keyEncryptionKey,
                                                       byte[] associatedData) {
        return new TinkSecretCipher(TinkKeysets.parseEncrypted(encryptedKeyset, keyEncryptionKey, associatedData));
    }

    /**
     * A cipher over a keyset whose keys are in clear in the JSON. For tests and local development only: anyone who
     * reads the configuration reads every secret.
     */
    public static TinkSecretCipher fromCleartextKeysetForTestsAndDevOnly(String cleartextKeyset) {
        return new TinkSecretCipher(TinkKeysets.parseCleartextForTestsAndDevOnly(cleartextKeyset));
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        Objects.requireNonNull(plaintext, "plaintext");
        Objects.requireNonNull(associatedData, "associatedData");
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new SecretCipherException("cannot encrypt the secret with the primary key of the keyset", e);
        }
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        Objects.requireNonNull(ciphertext, "ciphertext");
        Objects.requireNonNull(associatedData, "associatedData");
        try {
            return aead.decrypt(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new SecretCipherException("cannot decrypt the secret: the ciphertext was altered, its associated "
                    + "data differs, or no key of the keyset sealed it", e);
        }
    }

    /** The configuration every Tink call here uses (the non-deprecated API of Tink 1.24). */
    static Configuration config() {
        return AeadConfig2026.get();
    }

    /** The key type of new keys: AES-256-GCM. */
    static Parameters parameters() {
        return PredefinedAeadParameters.AES256_GCM;
    }
}
