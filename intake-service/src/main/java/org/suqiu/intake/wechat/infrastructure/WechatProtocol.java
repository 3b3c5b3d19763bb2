package org.suqiu.intake.wechat.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import org.suqiu.intake.wechat.application.Nonces;
import org.suqiu.intake.wechat.model.InboundMessage;
import org.suqiu.intake.wechat.model.WechatAccount;
import org.suqiu.intake.wechat.model.WechatRefusal;
import org.suqiu.intake.wechat.model.WechatSignature;

import reactor.core.publisher.Mono;

/**
 * The server side of WeChat's push protocol: URL verification, the signature, the timestamp
 * window (±{@code timestampWindow}), nonce replays, plain and safe mode (AES with the appid
 * checked), and the passive reply in the mode the request came in.
 */
public class WechatProtocol {

    private final Nonces nonces;
    private final Clock clock;
    private final Duration window;
    private final SecureRandom random = new SecureRandom();

    public WechatProtocol(Nonces nonces, Clock clock, Duration window) {
        this.nonces = nonces;
        this.clock = clock;
        this.window = window;
    }

    /** The query parameters WeChat signs a push with. */
    public record Query(String signature, String msgSignature, String timestamp, String nonce, String encryptType) {

        public boolean safeMode() {
            return "aes".equalsIgnoreCase(encryptType);
        }
    }

    /** A push opened: the message and whether it came encrypted. */
    public record Push(InboundMessage message, boolean encrypted) {
    }

    /** GET: the {@code echostr} to answer when the signature is right (decrypted in the {@code msg_signature} variant). */
    public String verifyUrl(WechatAccount account, Query query, String echostr) {
        requireFresh(query.timestamp());
        if (echostr == null || query.nonce() == null) {
            throw new WechatRefusal("bad-request", "echostr and nonce are required");
        }
        if (query.msgSignature() != null) {
            requireSignature(query.msgSignature(), account.token(), query.timestamp(), query.nonce(), echostr);
            return crypto(account).decrypt(echostr);
        }
        requireSignature(query.signature(), account.token(), query.timestamp(), query.nonce());
        return echostr;
    }

    /** POST: the message, after the signature, window, nonce and (in safe mode) the decryption checks. */
    public Mono<Push> open(WechatAccount account, Query query, String body) {
        return Mono.fromCallable(() -> {
            requireFresh(query.timestamp());
            if (query.nonce() == null || query.nonce().isBlank() || query.nonce().length() > 64) {
                throw new WechatRefusal("bad-request", "nonce is required");
            }
            requireSignature(query.signature(), account.token(), query.timestamp(), query.nonce());
            Map<String, String> outer = WechatXml.parse(body);
            if (!query.safeMode()) {
                return new Push(new InboundMessage(outer), false);
            }
            String encrypt = outer.get("Encrypt");
            if (encrypt == null || !account.safeModeConfigured()) {
                throw new WechatRefusal("bad-request", "safe mode needs an Encrypt element and a configured aes-key");
            }
            requireSignature(query.msgSignature(), account.token(), query.timestamp(), query.nonce(), encrypt);
            return new Push(new InboundMessage(WechatXml.parse(crypto(account).decrypt(encrypt))), true);
        }).flatMap(push -> nonces.use(account.id(), query.timestamp(), query.nonce(), sha256(body))
                .flatMap(fresh -> fresh ? Mono.just(push)
                        : Mono.error(new WechatRefusal("replayed-nonce", "this nonce was used with another message"))));
    }

    /** The passive reply to {@code push}: a text message, encrypted when the push was. */
    public String reply(WechatAccount account, Push push, String text) {
        long now = clock.instant().getEpochSecond();
        String plain = WechatXml.textReply(push.message().fromUser(), push.message().toUser(), now, text);
        if (!push.encrypted()) {
            return plain;
        }
        String encrypt = crypto(account).encrypt(plain);
        String timestamp = Long.toString(now);
        String nonce = Long.toString(Math.abs(random.nextLong() % 10_000_000_000L));
        return WechatXml.encryptedReply(encrypt, WechatSignature.of(account.token(), timestamp, nonce, encrypt), timestamp, nonce);
    }

    private WechatCrypto crypto(WechatAccount account) {
        if (!account.safeModeConfigured()) {
            throw new WechatRefusal("bad-request", "this account has no aes-key");
        }
        return new WechatCrypto(account, random);
    }

    private void requireFresh(String timestamp) {
        long seconds;
        try {
            seconds = Long.parseLong(timestamp);
        } catch (RuntimeException e) {
            throw new WechatRefusal("bad-timestamp", "timestamp is missing or not a number");
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > window.toSeconds()) {
            throw new WechatRefusal("stale-timestamp", "timestamp is outside the accepted window");
        }
    }

    private static void requireSignature(String given, String... parts) {
        if (!WechatSignature.matches(WechatSignature.of(parts), given)) {
            throw new WechatRefusal("bad-signature", "the signature does not match");
        }
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
