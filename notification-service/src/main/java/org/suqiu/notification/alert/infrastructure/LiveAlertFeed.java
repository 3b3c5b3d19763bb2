package org.suqiu.notification.alert.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertFeed;

import reactor.core.publisher.BufferOverflowStrategy;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/**
 * New alerts to live listeners of THIS instance (an in-process multicast). Listeners connected to
 * another instance do not see them: with several instances, feed this from a MongoDB change stream
 * on {@code alerts} or a fan-out topic instead. Nothing is replayed: a listener sees what is raised
 * after it connects; a slow listener loses its oldest pending alerts rather than holding up others.
 * <p>
 * The feed ends when the service stops, before the web server's graceful shutdown, so that open
 * event streams finish instead of holding the shutdown until its timeout.
 */
public class LiveAlertFeed implements AlertFeed, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveAlertFeed.class);

    private final Sinks.Many<Alert> sink = Sinks.many().multicast().directBestEffort();
    private final int bufferPerListener;
    private volatile boolean running;

    public LiveAlertFeed(int bufferPerListener) {
        this.bufferPerListener = bufferPerListener;
    }

    @Override
    public synchronized void announce(Alert alert) {
        // Synchronized: several listener threads may announce at once, and a sink accepts one emitter at a time.
        Sinks.EmitResult result = sink.tryEmitNext(alert);
        if (result == Sinks.EmitResult.FAIL_TERMINATED) {
            log.debug("Alert {} not announced live: the service is stopping", alert.id());
        } else if (result.isFailure() && result != Sinks.EmitResult.FAIL_ZERO_SUBSCRIBER) {
            log.warn("Alert {} not announced live: {}", alert.id(), result);
        }
    }

    @Override
    public Flux<Alert> live() {
        return sink.asFlux().onBackpressureBuffer(bufferPerListener,
                dropped -> log.warn("A slow live listener missed alert {}", dropped.id()),
                BufferOverflowStrategy.DROP_OLDEST);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        sink.tryEmitComplete();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
