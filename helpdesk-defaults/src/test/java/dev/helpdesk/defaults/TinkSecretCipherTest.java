package dev.helpdesk.defaults;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AeadConfig2026;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import dev.helpdesk.core.port.SecretCipherException;
import java.security.GeneralSecurityException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link TinkSecretCipher} and {@link TinkKeysets}: AES-256-GCM, encrypted keysets, rotation, tamper detection. */
class TinkSecretCipherTest {
    private static final byte[] SECRET = "correct horse battery staple".getBytes(UTF_8);
    private static final byte[] AD = "share:s-1/ticket:t-1".getBytes(UTF_8);
    private static final byte[] KEYSET_AD = "helpdesk secret keyset".getBytes(UTF_8);

    private final TinkSecretCipher cipher =
            TinkSecretCipher.fromCleartextKeysetForTestsAndDevOnly(TinkKeysets.newCleartextKeysetForTestsAndDevOnly());

    @Test
    void aCiphertextDecryptsWithItsAssociatedDataAndHoldsNoPlaintext() {
        byte[] sealed = cipher.encrypt(SECRET, AD);

        assertThat(cipher.decrypt(sealed, AD)).isEqualTo(SECRET);
        assertThat(new String(sealed, UTF_8)).doesNotContain("horse");
        assertThat(cipher.encrypt(SECRET, AD)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void otherAssociatedDataFailsWithAClearError() {
        byte[] sealed = cipher.encrypt(SECRET, AD);

        assertThatThrownBy(() -> cipher.decrypt(sealed, "share:s-2/ticket:t-1".getBytes(UTF_8)))
                .isInstanceOf(SecretCipherException.class)
                .hasMessageContaining("associated data")
                .hasMessageNotContaining("horse");
    }

    @Test
    void anyAlteredByteFailsWithAClearError() {
        byte[] sealed = cipher.encrypt(SECRET, AD);
        qt().withExamples(100).forAll(integers().between(0, sealed.length - 1), integers().between(1, 255))
                .checkAssert((position, flip) -> {
                    byte[] tampered = sealed.clone();
                    tampered[position] ^= (byte) (int) flip;
                    assertThatThrownBy(() -> cipher.decrypt(tampered, AD)).isInstanceOf(SecretCipherException.class)
                            .hasMessageContaining("altered");
                });
        assertThatThrownBy(() -> cipher.decrypt(new byte[3], AD)).isInstanceOf(SecretCipherException.class);
    }

    @Test
    void anyPlaintextAndAssociatedDataRoundTrip() {
        qt().withExamples(100)
                .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 300),
                        lists().of(integers().between(0, 255)).ofSizeBetween(0, 40))
                .checkAssert((plain, ad) -> {
                    byte[] plaintext = bytes(plain);
                    byte[] associated = bytes(ad);
                    assertThat(cipher.decrypt(cipher.encrypt(plaintext, associated), associated)).isEqualTo(plaintext);
                });
    }

    @Test
    void anotherKeysetCannotDecrypt() {
        TinkSecretCipher other = TinkSecretCipher.fromCleartextKeysetForTestsAndDevOnly(
                TinkKeysets.newCleartextKeysetForTestsAndDevOnly());

        assertThatThrownBy(() -> other.decrypt(cipher.encrypt(SECRET, AD), AD))
                .isInstanceOf(SecretCipherException.class);
    }

    @Test
    void afterRotationTheNewPrimaryEncryptsAndOldCiphertextsStillDecrypt() {
        String before = TinkKeysets.newCleartextKeysetForTestsAndDevOnly();
        TinkSecretCipher old = TinkSecretCipher.fromCleartextKeysetForTestsAndDevOnly(before);
        byte[] sealedBefore = old.encrypt(SECRET, AD);

        String after = TinkKeysets.rotateCleartextForTestsAndDevOnly(before);
        TinkSecretCipher rotated = TinkSecretCipher.fromCleartextKeysetForTestsAndDevOnly(after);
        byte[] sealedAfter = rotated.encrypt(SECRET, AD);

        assertThat(TinkKeysets.sizeOfCleartextForTestsAndDevOnly(after)).isEqualTo(2);
        assertThat(rotated.decrypt(sealedBefore, AD)).as("an old ciphertext after rotation").isEqualTo(SECRET);
        assertThat(rotated.decrypt(sealedAfter, AD)).isEqualTo(SECRET);
        assertThatThrownBy(() -> old.decrypt(sealedAfter, AD)).as("the new primary key sealed it")
                .isInstanceOf(SecretCipherException.class);
    }

    @Test
    void anEncryptedKeysetNeedsItsKeyEncryptionKeyAndRotates() throws GeneralSecurityException {
        Aead kek = newKeyEncryptionKey();
        String stored = TinkKeysets.newEncryptedKeyset(kek, KEYSET_AD);
        TinkSecretCipher production = TinkSecretCipher.fromEncryptedKeyset(stored, kek, KEYSET_AD);
        byte[] sealed = production.encrypt(SECRET, AD);

        String rotated = TinkKeysets.rotate(stored, kek, KEYSET_AD);

        assertThat(TinkKeysets.sizeOfEncrypted(rotated, kek, KEYSET_AD)).isEqualTo(2);
        assertThat(TinkSecretCipher.fromEncryptedKeyset(rotated, kek, KEYSET_AD).decrypt(sealed, AD)).isEqualTo(SECRET);
        assertThat(stored).contains("encryptedKeyset").doesNotContain("\"value\"");
        assertThatThrownBy(() -> TinkSecretCipher.fromEncryptedKeyset(stored, newKeyEncryptionKey(), KEYSET_AD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key encryption key");
        assertThatThrownBy(() -> TinkSecretCipher.fromEncryptedKeyset(stored, kek, "other".getBytes(UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TinkSecretCipher.fromEncryptedKeyset("not json", kek, KEYSET_AD))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCleartextKeysetIsNotReadAsAnEncryptedOne() {
        String cleartext = TinkKeysets.newCleartextKeysetForTestsAndDevOnly();

        assertThatThrownBy(() -> TinkSecretCipher.fromEncryptedKeyset(cleartext, newKeyEncryptionKeyUnchecked(),
                KEYSET_AD)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Aead newKeyEncryptionKey() throws GeneralSecurityException {
        return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM, AeadConfig2026.get())
                .getPrimitive(AeadConfig2026.get(), Aead.class);
    }

    private static Aead newKeyEncryptionKeyUnchecked() {
        try {
            return newKeyEncryptionKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(List<Integer> values) {
        byte[] out = new byte[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (int) values.get(i);
        }
        return out;
    }
}
