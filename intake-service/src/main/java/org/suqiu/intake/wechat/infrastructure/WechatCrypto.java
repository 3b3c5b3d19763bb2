package org.suqiu.intake.wechat.infrastructure;

import org.suqiu.intake.wechat.model.WechatAccount;
import org.suqiu.intake.wechat.model.WechatRefusal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * 安全模式: WeChat's message encryption — AES-256-CBC, IV = the first 16 key bytes, PKCS#7 padding
 * to 32 bytes, plaintext {@code random(16) + length(4, big-endian) + msg + appid}. Unlike WxJava's
 * decrypt this one checks the padding, the length and the appid, and refuses on any mismatch.
 */
public final class WechatCrypto {

    static final int BLOCK = 32;

    private final byte[] key;
    private final String appId;
    private final SecureRandom random;

    public WechatCrypto(WechatAccount account, SecureRandom random) {
        this.key = account.aesKeyBytes();
        this.appId = account.appId();
        this.random = random;
    }

    /** The message inside {@code encrypted} (Base64); throws {@link WechatRefusal} when it is not ours or malformed. */
    public String decrypt(String encrypted) {
        byte[] plain;
        try {
            byte[] cipherText = Base64.getDecoder().decode(encrypted.strip());
            if (cipherText.length == 0 || cipherText.length % 16 != 0) {
                throw new WechatRefusal("bad-ciphertext", "the ciphertext is not a whole number of AES blocks");
            }
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            plain = cipher.doFinal(cipherText);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new WechatRefusal("bad-ciphertext", "the message could not be decrypted");
        }
        int pad = plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || pad > plain.length) {
            throw new WechatRefusal("bad-padding", "the padding is not PKCS#7");
        }
        for (int i = plain.length - pad; i < plain.length; i++) {
            if ((plain[i] & 0xff) != pad) {
                throw new WechatRefusal("bad-padding", "the padding is not PKCS#7");
            }
        }
        int end = plain.length - pad;
        if (end < 20) {
            throw new WechatRefusal("bad-length", "the message is too short");
        }
        int length = ByteBuffer.wrap(plain, 16, 4).getInt();
        if (length < 0 || 20 + length > end) {
            throw new WechatRefusal("bad-length", "the message length does not fit");
        }
        byte[] from = Arrays.copyOfRange(plain, 20 + length, end);
        if (!MessageDigest.isEqual(from, appId.getBytes(StandardCharsets.UTF_8))) {
            throw new WechatRefusal("wrong-appid", "the message is for another appid");
        }
        return new String(plain, 20, length, StandardCharsets.UTF_8);
    }

    /** {@code message} encrypted for this account (Base64), for the reply in safe mode. */
    public String encrypt(String message) {
        byte[] msg = message.getBytes(StandardCharsets.UTF_8);
        byte[] id = appId.getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        int unpadded = 20 + msg.length + id.length;
        int pad = BLOCK - unpadded % BLOCK;
        ByteBuffer plain = ByteBuffer.allocate(unpadded + pad);
        plain.put(nonce).putInt(msg.length).put(msg).put(id);
        while (plain.hasRemaining()) {
            plain.put((byte) pad);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
