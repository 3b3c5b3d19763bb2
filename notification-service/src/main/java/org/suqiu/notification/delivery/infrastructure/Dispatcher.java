package org.suqiu.notification.delivery.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.suqiu.notification.delivery.application.DispatchingDeliveries;
import org.suqiu.notification.delivery.application.PlanningAlertDeliveries;

import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs the dispatcher in the background while the service runs: every poll interval, the due repeats
 * of unacknowledged alerts, then the due deliveries. Stops first on shutdown; an interrupted send is
 * taken over by the next instance when its lease ends.
 */
public class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final PlanningAlertDeliveries planning;
    private final DispatchingDeliveries dispatching;
    private final DeliveryProperties properties;
    private volatile Disposable running;

    public Dispatcher(PlanningAlertDeliveries planning, DispatchingDeliveries dispatching, DeliveryProperties properties) {
        this.planning = planning;
        this.dispatching = dispatching;
        this.properties = properties;
    }

    @Override
    public void start() {
        if (!properties.enabled()) {
            log.info("Dispatcher disabled (suqiu.notification.delivery.enabled=false)");
            return;
        }
        running = Flux.interval(properties.pollInterval(), Schedulers.newSingle("dispatcher-ticks", true))
                .onBackpressureDrop()
                .concatMap(tick -> planning.repeatDue()
                        .then(dispatching.dispatchDue(properties.batch(), properties.concurrency()))
                        .onErrorResume(e -> {
                            log.warn("Dispatch round failed (next round retries): {}", e.toString());
                            return Mono.just(0L);
                        }), 1)
                .subscribe();
        log.info("Dispatcher started (every {})", properties.pollInterval());
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
