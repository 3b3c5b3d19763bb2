package org.suqiu.intake.wechat.application;

import java.time.Instant;

import reactor.core.publisher.Mono;

/**
 * 防重放: the (timestamp, nonce) pairs seen within the timestamp window, with a hash of the body
 * they came with — so a pair is good for one body only (the plain-mode signature does not cover
 * the body; WeChat's own retries repeat body and pair and pass, and are then de-duplicated by MsgId).
 */
public interface Nonces {

    /** True on the pair's first use, or when it comes again with the same body; false otherwise. */
    Mono<Boolean> use(String accountId, String timestamp, String nonce, String bodyHash);

    /** Forgets the pairs seen before {@code before} (they are outside the window anyway). */
    Mono<Long> forgetBefore(Instant before);
}
