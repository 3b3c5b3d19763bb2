package org.suqiu.routing.assignment.application;

import org.suqiu.routing.assignment.model.RoutingDecision;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The routing decisions, one per grievance, never overwritten. */
public interface Decisions {

    Mono<RoutingDecision> byGrievanceId(String grievanceId);

    /** The decision if it lies in {@code scope} (checked by the query itself); empty otherwise. */
    Mono<RoutingDecision> byGrievanceId(String grievanceId, DecisionScope scope);

    /** Stores a decision; false when the grievance already has one (which then stands). */
    Mono<Boolean> add(RoutingDecision decision);

    /**
     * Replaces the decision stored at {@code expectedAttempt} by the next one (a re-routing after a
     * 退单, a dispatcher's assignment); false when it has moved on since.
     */
    Mono<Boolean> replace(RoutingDecision next, int expectedAttempt);

    /** The grievances sent to triage within {@code scope}, newest first. */
    Flux<RoutingDecision> sentToTriage(int limit, DecisionScope scope);
}
