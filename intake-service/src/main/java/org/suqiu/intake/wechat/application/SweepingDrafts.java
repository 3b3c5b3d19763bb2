package org.suqiu.intake.wechat.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import reactor.core.publisher.Mono;

/**
 * 自动登记: submits the drafts of citizens who fell quiet without sending 提交, finishes
 * submissions that hung, and forgets nonces that left the timestamp window. Any instance may run
 * it at the same time as another: every move is a versioned write of one conversation.
 */
public class SweepingDrafts {

    private static final Logger log = LoggerFactory.getLogger(SweepingDrafts.class);

    private final Conversations conversations;
    private final ReceivingWechatMessage receiving;
    private final Nonces nonces;
    private final Duration quietPeriod;
    private final Duration pendingGrace;
    private final Duration nonceMemory;
    private final Clock clock;

    public SweepingDrafts(Conversations conversations, ReceivingWechatMessage receiving, Nonces nonces,
            Duration quietPeriod, Duration pendingGrace, Duration nonceMemory, Clock clock) {
        this.conversations = conversations;
        this.receiving = receiving;
        this.nonces = nonces;
        this.quietPeriod = quietPeriod;
        this.pendingGrace = pendingGrace;
        this.nonceMemory = nonceMemory;
        this.clock = clock;
    }

    /** One sweep; answers how many conversations it moved. */
    public Mono<Long> sweep() {
        Instant now = clock.instant();
        return conversations.due(now.minus(quietPeriod), now.minus(pendingGrace))
                .concatMap(conversation -> {
                    if (conversation.pending() != null) {
                        return receiving.finishPending(conversation).thenReturn(1L);
                    }
                    return conversation.sweep(now, quietPeriod)
                            .map(next -> conversations.save(next).flatMap(saved -> !saved ? Mono.just(0L)
                                    : receiving.finishPending(next.nextVersion()).thenReturn(1L)))
                            .orElseGet(() -> Mono.just(0L));
                })
                .onErrorContinue((error, item) -> log.warn("Could not sweep a WeChat conversation: {}", error.toString()))
                .reduce(0L, Long::sum)
                .flatMap(moved -> nonces.forgetBefore(now.minus(nonceMemory)).thenReturn(moved));
    }
}
