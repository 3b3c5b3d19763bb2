package org.suqiu.intake.wechat.model;

/** A push request refused (拒收): bad signature, stale timestamp, replayed nonce, bad XML or ciphertext. */
public class WechatRefusal extends RuntimeException {

    private final String reason;

    public WechatRefusal(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A short machine-readable reason, e.g. {@code bad-signature}. */
    public String reason() {
        return reason;
    }
}
