package org.suqiu.notification.delivery.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.suqiu.notification.delivery.model.Attempt;
import org.suqiu.notification.delivery.model.Deliveries;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.notification.delivery.model.DeliveryStatus;
import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The outbox in a map (leases included), for fast tests of the dispatcher. */
class InMemoryDeliveries implements Deliveries {

    final Map<String, Delivery> byId = new ConcurrentHashMap<>();
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    @Override
    public Mono<Boolean> addIfAbsent(Delivery delivery) {
        return Mono.fromSupplier(() -> byId.putIfAbsent(delivery.id(), delivery) == null);
    }

    @Override
    public synchronized Mono<Delivery> claimDue(Instant now, Duration lease, String owner) {
        return Mono.justOrEmpty(byId.values().stream()
                .filter(d -> d.status() == DeliveryStatus.PENDING && !d.nextAttemptAt().isAfter(now))
                .min(Comparator.comparing(Delivery::nextAttemptAt))
                .map(d -> {
                    Delivery claimed = with(d, DeliveryStatus.SENDING, d.attemptCount(), d.nextAttemptAt(), d.providerId(), d.lastError(), d.attempts());
                    byId.put(d.id(), claimed);
                    owners.put(d.id(), owner);
                    return claimed;
                }));
    }

    @Override
    public synchronized Mono<Boolean> markSent(String id, String owner, Attempt attempt) {
        Delivery d = byId.get(id);
        List<Attempt> attempts = new ArrayList<>(d.attempts());
        attempts.add(attempt);
        byId.put(id, with(d, DeliveryStatus.SENT, d.attemptCount() + 1, d.nextAttemptAt(), attempt.providerId(), null, attempts));
        return Mono.just(true);
    }

    @Override
    public synchronized Mono<Boolean> markFailed(String id, String owner, Attempt attempt, Instant retryAt) {
        Delivery d = byId.get(id);
        List<Attempt> attempts = new ArrayList<>(d.attempts());
        attempts.add(attempt);
        byId.put(id, with(d, retryAt == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, d.attemptCount() + 1, retryAt,
                null, attempt.error(), attempts));
        return Mono.just(true);
    }

    @Override
    public Mono<Delivery> byId(String id) {
        return Mono.justOrEmpty(byId.get(id));
    }

    @Override
    public Flux<Delivery> ofSource(String sourceId, JurisdictionCode area) {
        return Flux.fromStream(byId.values().stream().filter(d -> d.sourceId().equals(sourceId)));
    }

    private static Delivery with(Delivery d, DeliveryStatus status, int attempts, Instant next, String providerId, String error,
            List<Attempt> log) {
        return new Delivery(d.id(), d.purpose(), d.sourceId(), d.round(), d.recipientId(), d.channel(), d.destination(), d.subject(),
                d.text(), d.params(), d.inReplyTo(), d.fallbacks(), d.trackingNo(), d.jurisdictionCode(), status, attempts, next,
                providerId, error, log, d.createdAt(), d.sentAt());
    }
}
