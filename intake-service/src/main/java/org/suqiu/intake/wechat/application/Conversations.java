package org.suqiu.intake.wechat.application;

import java.time.Instant;

import org.suqiu.intake.wechat.model.Conversation;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The WeChat conversations (公众号会话), one document per account and citizen, versioned. */
public interface Conversations {

    /** The id of the conversation of {@code openId} with the account: a keyed hash, never the openid itself. */
    String idFor(String accountId, String openId);

    Mono<Conversation> find(String id);

    /** Stores {@code next} if the stored version is still {@code next.version()}; false when someone was faster. */
    Mono<Boolean> save(Conversation next);

    /** Conversations whose draft has been quiet since before {@code quietBefore}, or whose submission hangs since before {@code pendingBefore}. */
    Flux<Conversation> due(Instant quietBefore, Instant pendingBefore);
}
