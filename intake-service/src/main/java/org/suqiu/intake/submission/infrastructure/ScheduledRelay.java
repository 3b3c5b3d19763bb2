package org.suqiu.intake.submission.infrastructure;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.suqiu.intake.submission.application.RelayTrigger;
import org.suqiu.intake.submission.application.RelayingSubmissions;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Runs the relay on its own thread: at start (so submissions left pending by an earlier process go
 * out at once), every {@code interval}, and whenever it is nudged after an accepted submission.
 * One round at a time; ticks and nudges that arrive during a round collapse into one more round.
 */
public class ScheduledRelay implements RelayTrigger, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRelay.class);

    private final RelayingSubmissions relaying;
    private final RelayProperties properties;
    private final Sinks.Many<Long> nudges = Sinks.many().multicast().directBestEffort();
    private volatile Scheduler scheduler;
    private volatile Disposable loop;

    public ScheduledRelay(RelayingSubmissions relaying, RelayProperties properties) {
        this.relaying = relaying;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled()) {
            log.info("Relay disabled (suqiu.intake.relay.enabled=false): submissions stay pending");
            return;
        }
        scheduler = Schedulers.newSingle("intake-relay", true);
        loop = Flux.merge(Flux.interval(Duration.ZERO, properties.interval(), scheduler), nudges.asFlux())
                .onBackpressureDrop()
                .publishOn(scheduler, 1)
                .concatMap(tick -> relaying.relayDue()
                        .doOnNext(batch -> {
                            if (batch.sent() > 0 || batch.failed() > 0) {
                                log.debug("Relay round: {} sent, {} to retry", batch.sent(), batch.failed());
                            }
                        })
                        .onErrorResume(error -> {
                            log.warn("Relay round failed, next round retries: {}", error.toString());
                            return Mono.empty();
                        }), 1)
                .subscribe();
        log.info("Relay started: every {}, batches of {}", properties.interval(), properties.batchSize());
    }

    @Override
    public void nudge() {
        if (loop != null) {
            // a nudge that cannot be delivered now is not lost work: the next tick finds the submission
            nudges.tryEmitNext(0L);
        }
    }

    @Override
    public synchronized void stop() {
        if (loop != null) {
            loop.dispose();
            loop = null;
        }
        if (scheduler != null) {
            scheduler.dispose();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return loop != null && !loop.isDisposed();
    }
}
