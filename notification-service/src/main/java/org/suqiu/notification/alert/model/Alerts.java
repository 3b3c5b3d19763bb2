package org.suqiu.notification.alert.model;

import java.time.Duration;
import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The supervisors' alert inbox (port). */
public interface Alerts {

    /** Stores the alert unless one with its id exists; emits true when it was new. */
    Mono<Boolean> addIfAbsent(Alert alert);

    /** The alert, or empty; whoever may see it (for the system itself). */
    Mono<Alert> byId(String id);

    /** The alert if it lies in {@code scope} (checked in the query), or empty — missing or out of scope alike. */
    Mono<Alert> byId(String id, AlertScope scope);

    /**
     * Alerts in {@code scope} matching {@code criteria}, newest first, at most {@code criteria.limit()}:
     * the criteria can only narrow the scope, never widen it.
     */
    Flux<Alert> find(AlertCriteria criteria, AlertScope scope);

    /**
     * Marks the alert acknowledged unless it already is (the first acknowledgement stays), if it lies in
     * {@code scope}; emits the alert as it now stands, or empty when there is no such alert in scope.
     */
    Mono<Alert> acknowledge(String id, String by, Instant at, AlertScope scope);

    /** Makes the alert repeat every {@code every}, first at {@code firstAt}, unless it already has a schedule. */
    Mono<Void> scheduleRepeats(String id, Instant firstAt, Duration every);

    /**
     * Claims one unacknowledged alert whose next repeat is due at {@code now}: moves that repeat on by
     * the alert's interval (atomically, so one instance gets it) and emits the alert with the repeat's
     * round (1, 2 ...); empty when none is due.
     */
    Mono<RepeatDue> claimDueRepeat(Instant now);

    /** An alert to send again, in round {@code round}. */
    record RepeatDue(Alert alert, int round) {
    }
}
