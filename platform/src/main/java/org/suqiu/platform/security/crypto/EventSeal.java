package org.suqiu.platform.security.crypto;

import java.util.Objects;

/**
 * Sealing of personal data that must travel in an event (the address of a grievance): the same
 * AES-256-GCM envelope as {@link FieldCipher}, {@code v1:<key id>:<base64>}, but under the shared
 * event keys ({@code suqiu.security.event-encryption.*}) held only by the services that must read
 * it, never by the broker or its other consumers. A service re-encrypts what it keeps under its own
 * at-rest key. Thread-safe.
 */
public final class EventSeal {

    private final FieldCipher cipher;

    public EventSeal(FieldCipher cipher) {
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** {@code plaintext} sealed under the current event key and bound to {@code context}; null stays null. */
    public String seal(String plaintext, String context) {
        return cipher.encrypt(plaintext, Objects.requireNonNull(context, "context"));
    }

    /**
     * The plaintext of an envelope sealed with the same {@code context}; null stays null.
     *
     * @throws FieldCipherException for an unknown key id, a tampered value or another context
     */
    public String open(String sealed, String context) {
        return cipher.decrypt(sealed, Objects.requireNonNull(context, "context"));
    }

    public String currentKeyId() {
        return cipher.currentKeyId();
    }
}
