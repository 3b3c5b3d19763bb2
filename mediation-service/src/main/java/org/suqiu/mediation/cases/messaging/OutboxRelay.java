package org.suqiu.mediation.cases.messaging;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.suqiu.contracts.Event;
import org.suqiu.contracts.EventCatalog;
import org.suqiu.contracts.EventType;
import org.suqiu.contracts.mediation.CaseDeadlineApproaching;
import org.suqiu.contracts.mediation.CaseOverdue;
import org.suqiu.mediation.cases.application.CaseEventRelay;
import org.suqiu.mediation.cases.infrastructure.MongoCaseOutbox;
import org.suqiu.mediation.cases.infrastructure.MongoCaseOutbox.PendingEvent;
import org.suqiu.mediation.cases.infrastructure.MongoCaseOutbox.PendingEvents;
import org.suqiu.mediation.scheduling.PeriodicTask;
import org.suqiu.platform.events.EventPublisher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the events waiting in the cases' outboxes — every {@code interval}, and soon after a
 * nudge — each case's in order, with its stored event id, and removes an event only after the
 * broker acknowledged it. A crash between the two publishes it again with the same id.
 */
public class OutboxRelay implements CaseEventRelay, SmartLifecycle {

    /** Output binding of {@code case.lifecycle} (declared in {@code suqiu.events.outputs}). */
    public static final String LIFECYCLE_BINDING = "lifecycle";
    /** Output binding of {@code case.deadlines}. */
    public static final String DEADLINES_BINDING = "deadlines";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration STORE_TIMEOUT = Duration.ofSeconds(10);

    private final MongoCaseOutbox outbox;
    private final EventPublisher publisher;
    private final JsonMapper json;
    private final int batchSize;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final PeriodicTask schedule;

    public OutboxRelay(MongoCaseOutbox outbox, EventPublisher publisher, JsonMapper json, Duration interval, int batchSize) {
        this.outbox = outbox;
        this.publisher = publisher;
        this.json = json;
        this.batchSize = batchSize;
        this.schedule = new PeriodicTask("case-outbox-relay", Duration.ZERO, interval, this::relaySafely);
    }

    @Override
    public void nudge() {
        if (!nudged.compareAndSet(false, true)) {
            return;
        }
        boolean queued = schedule.runSoon(() -> {
            nudged.set(false);
            relaySafely();
        });
        if (!queued) {
            nudged.set(false);
        }
    }

    /**
     * Publishes everything pending now, in rounds of {@code batchSize} cases; stops at the first
     * event the broker does not take (it stays pending). Answers how many events went out.
     */
    public synchronized int relayPending() {
        int published = 0;
        while (true) {
            List<PendingEvents> batch = outbox.pending(batchSize).collectList().block(STORE_TIMEOUT);
            if (batch == null || batch.isEmpty()) {
                return published;
            }
            int round = 0;
            for (PendingEvents pending : batch) {
                int sent = relay(pending);
                if (sent < 0) {
                    return published + round;
                }
                round += sent;
            }
            published += round;
            if (round == 0 || batch.size() < batchSize) {
                return published;
            }
        }
    }

    /** Publishes one case's events in order; -1 if the broker failed (stop the round). */
    private int relay(PendingEvents pending) {
        int sent = 0;
        for (PendingEvent event : pending.events()) {
            Event payload;
            try {
                payload = decode(event);
            } catch (RuntimeException e) {
                // later events of this case must not overtake it: the case waits for a fix
                log.error("Case {}: outbox event {} of type {} cannot be read; its case's events are held",
                        pending.caseId(), event.eventId(), event.type(), e);
                return sent;
            }
            try {
                publisher.publish(bindingFor(payload), payload, event.eventId());
            } catch (RuntimeException e) {
                log.warn("Case {}: publishing {} failed, will retry: {}", pending.caseId(), event.eventId(), e.toString());
                return -1;
            }
            outbox.remove(pending.caseId(), event.eventId()).block(STORE_TIMEOUT);
            log.debug("Published {} ({})", event.eventId(), event.type());
            sent++;
        }
        return sent;
    }

    private Event decode(PendingEvent event) {
        EventType type = EventCatalog.byType(event.type())
                .orElseThrow(() -> new IllegalStateException("unknown event type " + event.type()));
        return json.readValue(event.data(), type.recordType());
    }

    static String bindingFor(Event event) {
        return event instanceof CaseDeadlineApproaching || event instanceof CaseOverdue ? DEADLINES_BINDING : LIFECYCLE_BINDING;
    }

    private void relaySafely() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            log.warn("Outbox relay round failed, will retry: {}", e.toString());
        }
    }

    @Override
    public void start() {
        schedule.start();
    }

    @Override
    public void stop() {
        schedule.stop();
    }

    @Override
    public boolean isRunning() {
        return schedule.isRunning();
    }
}
