package org.suqiu.intake.wechat.infrastructure;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.suqiu.intake.wechat.application.SweepingDrafts;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Runs the WeChat draft sweep every {@code interval}, one round at a time. */
public class ScheduledSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledSweep.class);

    private final SweepingDrafts sweeping;
    private final Duration interval;
    private volatile Disposable loop;

    public ScheduledSweep(SweepingDrafts sweeping, Duration interval) {
        this.sweeping = sweeping;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        loop = Flux.interval(interval, interval)
                .onBackpressureDrop()
                .concatMap(tick -> sweeping.sweep()
                        .doOnNext(moved -> {
                            if (moved > 0) {
                                log.info("WeChat sweep submitted {} quiet drafts", moved);
                            }
                        })
                        .onErrorResume(error -> {
                            log.warn("WeChat sweep failed, the next one retries: {}", error.toString());
                            return Mono.empty();
                        }), 1)
                .subscribe();
    }

    @Override
    public synchronized void stop() {
        if (loop != null) {
            loop.dispose();
            loop = null;
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null && !loop.isDisposed();
    }
}
