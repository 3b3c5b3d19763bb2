package org.suqiu.mediation.cases.model;

import java.time.Instant;


import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The cases, each stored with the events its changes still have to publish (its outbox), so a
 * change and its events are written in one step.
 */
public interface Cases {

    /** Stores a newly opened case; false when the grievance already has one. */
    Mono<Boolean> add(CaseChanged opened);

    /** The case, whoever asks: for the service itself (consumers, watcher), never for a staff request. */
    Mono<Case> byId(String caseId);

    /** The case if it lies in {@code scope} (checked in the query); empty when unknown or out of scope alike. */
    Mono<Case> byId(String caseId, CaseScope scope);

    /** Stores a change if the case still has the version it was decided on; false when it lost a race. */
    Mono<Boolean> save(CaseChanged change);

    /** The cases matching the query within its scope (an empty scope finds nothing). */
    Flux<Case> find(CaseQuery query);

    /**
     * Records a deadline notice: marks it sent and queues its event in one step, but only if the
     * deadline is still running and the notice was not recorded before; false otherwise.
     */
    Mono<Boolean> record(Case aCase, DeadlineNotice notice);
}
