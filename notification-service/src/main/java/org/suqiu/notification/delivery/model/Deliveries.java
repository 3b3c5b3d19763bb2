package org.suqiu.notification.delivery.model;

import java.time.Duration;
import java.time.Instant;

import org.suqiu.notification.jurisdiction.model.JurisdictionCode;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored deliveries (port): the outbox every message goes through. */
public interface Deliveries {

    /** Stores the delivery unless its id exists; emits whether it was new. */
    Mono<Boolean> addIfAbsent(Delivery delivery);

    /**
     * Claims one due delivery for {@code owner} for {@code lease}: a PENDING one whose time has come, or
     * a SENDING one whose lease ran out (its dispatcher died). Atomic: no two dispatchers get the same.
     */
    Mono<Delivery> claimDue(Instant now, Duration lease, String owner);

    /** Records a successful attempt, if {@code owner} still holds the lease. */
    Mono<Boolean> markSent(String id, String owner, Attempt attempt);

    /** Records a failed attempt: PENDING again at {@code retryAt}, or FAILED when {@code retryAt} is null. */
    Mono<Boolean> markFailed(String id, String owner, Attempt attempt, Instant retryAt);

    Mono<Delivery> byId(String id);

    /** Deliveries of a source (an alert id or a grievance id) whose case lies in {@code area}, oldest first. */
    Flux<Delivery> ofSource(String sourceId, JurisdictionCode area);
}
