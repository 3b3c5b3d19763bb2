package org.suqiu.platform.security.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final String PHONE = "13812345678";
    private static final String KEY_1 = base64Key(1);
    private static final String KEY_2 = base64Key(2);
    private static final String LOOKUP = base64Key(9);

    private final FieldCipher underKey1 = FieldCipher.fromBase64(Map.of("k1", KEY_1), "k1", LOOKUP);
    private final FieldCipher afterRotation = FieldCipher.fromBase64(Map.of("k1", KEY_1, "k2", KEY_2), "k2", LOOKUP);

    @Test
    void shouldWriteTheKeyIdBesideTheCiphertextAndNeverThePlaintext() {
        String sealed = underKey1.encrypt(PHONE);

        assertThat(sealed).startsWith("v1:k1:").doesNotContain(PHONE).doesNotContain("5678");
        assertThat(FieldCipher.keyIdOf(sealed)).isEqualTo("k1");
        assertThat(FieldCipher.isEncrypted(sealed)).isTrue();
        assertThat(FieldCipher.isEncrypted(PHONE)).isFalse();
        assertThat(underKey1.decrypt(sealed)).isEqualTo(PHONE);
    }

    @Test
    void shouldGiveDifferentCiphertextsForTheSamePlaintext() {
        String first = underKey1.encrypt(PHONE);
        String second = underKey1.encrypt(PHONE);

        assertThat(first).isNotEqualTo(second);
        assertThat(Base64.getDecoder().decode(first.substring(6))).hasSize(12 + PHONE.length() + 16);
        assertThat(first.substring(6, 22)).isNotEqualTo(second.substring(6, 22));
        assertThat(underKey1.decrypt(first)).isEqualTo(underKey1.decrypt(second)).isEqualTo(PHONE);
    }

    @Test
    void shouldStillReadDataWrittenUnderKeyOneAfterKeyTwoBecomesCurrent() {
        String old = underKey1.encrypt("王小明");

        String fresh = afterRotation.encrypt("王小明");

        assertThat(afterRotation.decrypt(old)).isEqualTo("王小明");
        assertThat(FieldCipher.keyIdOf(fresh)).isEqualTo("k2");
        assertThat(afterRotation.needsRotation(old)).isTrue();
        assertThat(afterRotation.needsRotation(fresh)).isFalse();
        String rotated = afterRotation.reencrypt(old, null);
        assertThat(FieldCipher.keyIdOf(rotated)).isEqualTo("k2");
        assertThat(afterRotation.decrypt(rotated)).isEqualTo("王小明");
    }

    @Test
    void shouldRefuseAValueUnderAKeyIdItDoesNotHaveClearly() {
        String underKey2 = afterRotation.encrypt(PHONE);

        assertThatThrownBy(() -> underKey1.decrypt(underKey2))
                .isInstanceOf(FieldCipherException.class)
                .hasMessageContaining("Unknown encryption key id 'k2'")
                .hasMessageContaining("suqiu.security.encryption.keys.k2")
                .hasMessageNotContaining(PHONE);
    }

    @Test
    void shouldRefuseATamperedCiphertext() {
        String sealed = underKey1.encrypt(PHONE);
        byte[] bytes = Base64.getDecoder().decode(sealed.substring("v1:k1:".length()));
        bytes[14] ^= 0x01;
        String tampered = "v1:k1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> underKey1.decrypt(tampered))
                .isInstanceOf(FieldCipherException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void shouldRefuseAValueRelabelledWithAnotherKeyId() {
        FieldCipher twoKeysSameMaterial = FieldCipher.fromBase64(Map.of("k1", KEY_1, "k3", KEY_1), "k1", null);
        String sealed = twoKeysSameMaterial.encrypt(PHONE);

        assertThatThrownBy(() -> twoKeysSameMaterial.decrypt(sealed.replace("v1:k1:", "v1:k3:")))
                .isInstanceOf(FieldCipherException.class);
    }

    @Test
    void shouldBindAValueToItsContext() {
        String phone = underKey1.encrypt(PHONE, "caller.phone");

        assertThat(underKey1.decrypt(phone, "caller.phone")).isEqualTo(PHONE);
        assertThatThrownBy(() -> underKey1.decrypt(phone, "caller.idNumber")).isInstanceOf(FieldCipherException.class);
        assertThatThrownBy(() -> underKey1.decrypt(phone)).isInstanceOf(FieldCipherException.class);
    }

    @Test
    void shouldRefuseMalformedValues() {
        for (String bad : new String[] {"13812345678", "v1:k1", "v2:k1:AAAA", "v1:k1:not base64!", "v1:k1:AAAA", "v1::AAAA"}) {
            assertThatThrownBy(() -> underKey1.decrypt(bad)).as(bad).isInstanceOf(FieldCipherException.class);
        }
    }

    @Test
    void shouldKeepNullAndTheEmptyString() {
        assertThat(underKey1.encrypt(null)).isNull();
        assertThat(underKey1.decrypt(null)).isNull();
        assertThat(underKey1.decrypt(underKey1.encrypt(""))).isEmpty();
    }

    @Test
    void shouldGiveTheSameLookupHashForTheSameValueOnlyUnderTheSameKey() {
        String hash = underKey1.lookupHash(PHONE);

        assertThat(hash).hasSize(64).matches("[0-9a-f]+").isEqualTo(afterRotation.lookupHash(PHONE));
        assertThat(underKey1.lookupHash("13812345679")).isNotEqualTo(hash);
        FieldCipher otherLookupKey = FieldCipher.fromBase64(Map.of("k1", KEY_1), "k1", base64Key(8));
        assertThat(otherLookupKey.lookupHash(PHONE)).isNotEqualTo(hash);
    }

    @Test
    void shouldSayWhenNoLookupKeyIsConfigured() {
        FieldCipher withoutLookup = FieldCipher.fromBase64(Map.of("k1", KEY_1), "k1", null);

        assertThatThrownBy(() -> withoutLookup.lookupHash(PHONE)).hasMessageContaining("suqiu.security.encryption.lookup-key");
    }

    @Test
    void shouldRefuseBadConfiguration() {
        assertThatThrownBy(() -> FieldCipher.fromBase64(Map.of(), "k1", null)).hasMessageContaining("No encryption key");
        assertThatThrownBy(() -> FieldCipher.fromBase64(Map.of("k1", KEY_1), "k2", null)).hasMessageContaining("'k2' is not among");
        assertThatThrownBy(() -> FieldCipher.fromBase64(Map.of("k1", Base64.getEncoder().encodeToString(new byte[16])), "k1", null))
                .hasMessageContaining("must be 32 bytes");
        assertThatThrownBy(() -> FieldCipher.fromBase64(Map.of("k1", "%%%"), "k1", null)).hasMessageContaining("not valid base64");
        assertThatThrownBy(() -> FieldCipher.fromBase64(Map.of("k:1", KEY_1), "k:1", null)).hasMessageContaining("must match");
        assertThatThrownBy(() -> FieldCipher.fromBase64(Map.of("k1", KEY_1), "k1", Base64.getEncoder().encodeToString(new byte[8])))
                .hasMessageContaining("at least 32 bytes");
    }

    private static String base64Key(int seed) {
        byte[] key = new byte[32];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) (seed * 31 + i * 7);
        }
        return Base64.getEncoder().encodeToString(key);
    }
}
