package org.suqiu.intake.wechat.model;

import java.util.Base64;
import java.util.Objects;

/**
 * 公众号: one WeChat official account intake listens to — its id in our URL, the token and
 * EncodingAESKey set in the account's server configuration, its appid and the home jurisdiction
 * of its citizens. A blank aes-key means plain mode only.
 */
public record WechatAccount(String id, String token, String aesKey, String appId, String homeJurisdiction) {

    public WechatAccount {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9_-]{1,32}")) {
            throw new IllegalArgumentException("wechat account id must be 1 to 32 letters, digits, '_' or '-'");
        }
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("wechat account " + id + ": token is required");
        }
        if (aesKey != null && !aesKey.isBlank() && aesKey.length() != 43) {
            throw new IllegalArgumentException("wechat account " + id + ": aes-key must be 43 characters");
        }
        aesKey = aesKey == null || aesKey.isBlank() ? null : aesKey;
        if (aesKey != null && (appId == null || appId.isBlank())) {
            throw new IllegalArgumentException("wechat account " + id + ": appid is required in safe mode");
        }
    }

    public boolean safeModeConfigured() {
        return aesKey != null;
    }

    /** The 32-byte AES key: the EncodingAESKey with its trailing "=" restored, Base64-decoded. */
    public byte[] aesKeyBytes() {
        return Base64.getDecoder().decode(aesKey + "=");
    }

    @Override
    public String toString() {
        return "WechatAccount[" + id + "]";
    }
}
