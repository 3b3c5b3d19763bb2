package org.suqiu.platform.security.crypto;

/**
 * A value could not be encrypted or decrypted: unknown key id, tampered or malformed ciphertext.
 * The message never contains the plaintext.
 */
public class FieldCipherException extends RuntimeException {

    public FieldCipherException(String message) {
        super(message);
    }

    public FieldCipherException(String message, Throwable cause) {
        super(message, cause);
    }
}
