package org.suqiu.platform.security.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encryption at rest of a citizen's personal data (name, phone, ID number, e-mail, openid, address
 * details), one field at a time: AES-256-GCM with a fresh random 12-byte IV per value, written as
 * {@code v1:<key id>:<base64(iv ‖ ciphertext ‖ tag)>} so that the key id travels beside the
 * ciphertext. New values use the current key; any value decrypts with the key its id names, so keys
 * rotate without rewriting old data ({@link #needsRotation}, {@link #reencrypt}). The version and
 * key id (and an optional caller's context, e.g. {@code "caller.phone"}) are authenticated as
 * associated data. {@link #lookupHash} gives an HMAC-SHA256 of a value for finding it by equality
 * (a caller by phone number) without storing it in clear. Framework-free; thread-safe.
 */
public final class FieldCipher {

    public static final String VERSION = "v1";
    private static final int KEY_BYTES = 32;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MIN_LOOKUP_KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private final Map<String, SecretKey> keys;
    private final String currentKeyId;
    private final SecretKey lookupKey;
    private final SecureRandom random;

    /**
     * @param keys         AES-256 keys (32 bytes each) by key id ({@code [A-Za-z0-9_.-]}, at most 64)
     * @param currentKeyId the id of the key new values are encrypted with
     * @param lookupKey    the HMAC key for {@link #lookupHash} (at least 32 bytes), or null if unused
     */
    public FieldCipher(Map<String, byte[]> keys, String currentKeyId, byte[] lookupKey, SecureRandom random) {
        Objects.requireNonNull(keys, "keys");
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("No encryption key configured (suqiu.security.encryption.keys.<id>)");
        }
        Map<String, SecretKey> checked = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (id == null || !KEY_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("Encryption key id '" + id + "' must match " + KEY_ID.pattern());
            }
            if (key == null || key.length != KEY_BYTES) {
                throw new IllegalArgumentException("Encryption key '" + id + "' must be " + KEY_BYTES
                        + " bytes (base64 of 32 random bytes), not " + (key == null ? 0 : key.length));
            }
            checked.put(id, new SecretKeySpec(key.clone(), "AES"));
        });
        if (currentKeyId == null || !checked.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("The current encryption key '" + currentKeyId
                    + "' is not among the configured keys " + checked.keySet());
        }
        if (lookupKey != null && lookupKey.length < MIN_LOOKUP_KEY_BYTES) {
            throw new IllegalArgumentException("The lookup-hash key must be at least " + MIN_LOOKUP_KEY_BYTES + " bytes");
        }
        this.keys = Map.copyOf(checked);
        this.currentKeyId = currentKeyId;
        this.lookupKey = lookupKey == null ? null : new SecretKeySpec(lookupKey.clone(), "HmacSHA256");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A cipher from base64-encoded keys, as written in configuration; {@code lookupKey} may be null. */
    public static FieldCipher fromBase64(Map<String, String> keys, String currentKeyId, String lookupKey) {
        Map<String, byte[]> decoded = new LinkedHashMap<>();
        keys.forEach((id, value) -> decoded.put(id, decode(value, "encryption key '" + id + "'")));
        byte[] lookup = lookupKey == null || lookupKey.isBlank() ? null : decode(lookupKey, "lookup-hash key");
        return new FieldCipher(decoded, currentKeyId, lookup, new SecureRandom());
    }

    private static byte[] decode(String base64, String what) {
        try {
            return Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The " + what + " is not valid base64", e);
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    /** {@code plaintext} sealed under the current key; null stays null. */
    public String encrypt(String plaintext) {
        return encrypt(plaintext, null);
    }

    /**
     * {@code plaintext} sealed under the current key and bound to {@code context} (e.g. the field's
     * name): it decrypts only with the same context, so a ciphertext cannot be moved to another
     * field unnoticed. Null stays null.
     */
    public String encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(currentKeyId, context));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return VERSION + ":" + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new FieldCipherException("Encryption failed with key '" + currentKeyId + "'", e);
        }
    }

    /** The plaintext of a value written by {@link #encrypt(String)}; null stays null. */
    public String decrypt(String value) {
        return decrypt(value, null);
    }

    /** The plaintext of a value written by {@link #encrypt(String, String)} with the same context. */
    public String decrypt(String value, String context) {
        if (value == null) {
            return null;
        }
        Sealed sealed = Sealed.parse(value);
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new FieldCipherException("Unknown encryption key id '" + sealed.keyId() + "': configure "
                    + "suqiu.security.encryption.keys." + sealed.keyId() + " to read this value");
        }
        byte[] bytes = sealed.bytes();
        if (bytes.length < IV_BYTES + TAG_BITS / 8) {
            throw new FieldCipherException("Encrypted value too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(associatedData(sealed.keyId(), context));
            byte[] plain = cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new FieldCipherException("Encrypted value failed authentication (tampered, wrong key or wrong context)", e);
        } catch (GeneralSecurityException e) {
            throw new FieldCipherException("Decryption failed with key '" + sealed.keyId() + "'", e);
        }
    }

    /** Whether {@code value} has the shape of a sealed value ({@code v1:<key id>:<base64>}). */
    public static boolean isEncrypted(String value) {
        return value != null && Sealed.tryParse(value) != null;
    }

    /** The key id a sealed value names. */
    public static String keyIdOf(String value) {
        return Sealed.parse(value).keyId();
    }

    /** Whether a sealed value was written under an older key than the current one. */
    public boolean needsRotation(String value) {
        return value != null && !currentKeyId.equals(keyIdOf(value));
    }

    /** The same plaintext sealed again under the current key (for a rotation sweep). */
    public String reencrypt(String value, String context) {
        return encrypt(decrypt(value, context), context);
    }

    /**
     * HMAC-SHA256 of {@code value} under the lookup key, as 64 lowercase hex digits: equal inputs
     * give equal hashes, so a service can index and find by it. Normalise first (a phone number
     * without spaces or country prefix). Null stays null.
     */
    public String lookupHash(String value) {
        if (value == null) {
            return null;
        }
        if (lookupKey == null) {
            throw new IllegalStateException("No lookup-hash key configured (suqiu.security.encryption.lookup-key)");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new FieldCipherException("Lookup hash failed", e);
        }
    }

    private static byte[] associatedData(String keyId, String context) {
        String aad = VERSION + ":" + keyId + (context == null ? "" : ":" + context);
        return aad.getBytes(StandardCharsets.UTF_8);
    }

    private record Sealed(String keyId, byte[] bytes) {

        static Sealed parse(String value) {
            Sealed sealed = tryParse(value);
            if (sealed == null) {
                throw new FieldCipherException("Not an encrypted value of format " + VERSION + ":<key id>:<base64>");
            }
            return sealed;
        }

        static Sealed tryParse(String value) {
            String[] parts = value.split(":", -1);
            if (parts.length != 3 || !VERSION.equals(parts[0]) || !KEY_ID.matcher(parts[1]).matches()) {
                return null;
            }
            try {
                return new Sealed(parts[1], Base64.getDecoder().decode(parts[2]));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
