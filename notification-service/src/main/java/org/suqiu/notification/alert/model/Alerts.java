package org.suqiu.notification.alert.model;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The supervisors' alert inbox (port). */
public interface Alerts {

    /** Stores the alert unless one with its id exists; emits true when it was new. */
    Mono<Boolean> addIfAbsent(Alert alert);

    /** The alert, or empty. */
    Mono<Alert> byId(String id);

    /** Alerts matching {@code criteria}, newest first, at most {@code criteria.limit()}. */
    Flux<Alert> find(AlertCriteria criteria);

    /**
     * Marks the alert acknowledged unless it already is (the first acknowledgement stays); emits the
     * alert as it now stands, or empty when there is no such alert.
     */
    Mono<Alert> acknowledge(String id, String by, Instant at);
}
