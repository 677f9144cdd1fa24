package dev.helpdesk.defaults;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Making, rotating and reading the keysets of {@link TinkSecretCipher}, in Tink's JSON format. Rotation adds a
 * fresh AES-256-GCM key and makes it the primary: new secrets are sealed with it while the older keys stay in the
 * keyset to open what they sealed. (A key may be dropped once no stored secret needs it: secrets are purged after
 * their retention, so after one retention period.)
 */
public final class TinkKeysets {
    private TinkKeysets() {
    }

    /** A new keyset of one AES-256-GCM key, encrypted with {@code keyEncryptionKey}: what production stores. */
    public static String newEncryptedKeyset(Aead keyEncryptionKey, byte[] associatedData) {
        return serializeEncrypted(generate(), keyEncryptionKey, associatedData);
    }

    /** The encrypted keyset with a new primary key added; every older key is kept for decryption. */
    public static String rotate(String encryptedKeyset, Aead keyEncryptionKey, byte[] associatedData) {
        KeysetHandle rotated = withNewPrimary(parseEncrypted(encryptedKeyset, keyEncryptionKey, associatedData));
        return serializeEncrypted(rotated, keyEncryptionKey, associatedData);
    }

    /** A new keyset of one key, keys in clear. For tests and local development only. */
    public static String newCleartextKeysetForTestsAndDevOnly() {
        return serializeCleartext(generate());
    }

    /** The cleartext keyset with a new primary key added. For tests and local development only. */
    public static String rotateCleartextForTestsAndDevOnly(String cleartextKeyset) {
        return serializeCleartext(withNewPrimary(parseCleartextForTestsAndDevOnly(cleartextKeyset)));
    }

    /** How many keys a cleartext keyset holds (to check a rotation). For tests and local development only. */
    public static int sizeOfCleartextForTestsAndDevOnly(String cleartextKeyset) {
        return parseCleartextForTestsAndDevOnly(cleartextKeyset).size();
    }

    /** How many keys an encrypted keyset holds. */
    public static int sizeOfEncrypted(String encryptedKeyset, Aead keyEncryptionKey, byte[] associatedData) {
        return parseEncrypted(encryptedKeyset, keyEncryptionKey, associatedData).size();
    }

    static KeysetHandle parseEncrypted(String encryptedKeyset, Aead keyEncryptionKey, byte[] associatedData) {
        Objects.requireNonNull(encryptedKeyset, "encryptedKeyset");
        Objects.requireNonNull(keyEncryptionKey, "keyEncryptionKey");
        Objects.requireNonNull(associatedData, "associatedData");
        try {
            return TinkJsonProtoKeysetFormat.parseEncryptedKeyset(encryptedKeyset, keyEncryptionKey, associatedData,
                    TinkSecretCipher.config());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the encrypted keyset: it is not Tink JSON, or the key "
                    + "encryption key or associated data is not the one it was encrypted with", e);
        }
    }

    static KeysetHandle parseCleartextForTestsAndDevOnly(String cleartextKeyset) {
        Objects.requireNonNull(cleartextKeyset, "cleartextKeyset");
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(cleartextKeyset, TinkSecretCipher.config(),
                    InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read the cleartext keyset: it is not Tink JSON", e);
        }
    }

    private static KeysetHandle generate() {
        try {
            return KeysetHandle.generateNew(TinkSecretCipher.parameters(), TinkSecretCipher.config());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot generate an AES-256-GCM key", e);
        }
    }

    private static KeysetHandle withNewPrimary(KeysetHandle keyset) {
        try {
            return KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(TinkSecretCipher.parameters())
                            .withRandomId().makePrimary())
                    .setConfiguration(TinkSecretCipher.config())
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot add a key to the keyset", e);
        }
    }

    private static String serializeEncrypted(KeysetHandle keyset, Aead keyEncryptionKey, byte[] associatedData) {
        try {
            return TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(keyset, keyEncryptionKey, associatedData,
                    TinkSecretCipher.config());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the keyset with the key encryption key", e);
        }
    }

    private static String serializeCleartext(KeysetHandle keyset) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, TinkSecretCipher.config(),
                    InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the keyset", e);
        }
    }
}
