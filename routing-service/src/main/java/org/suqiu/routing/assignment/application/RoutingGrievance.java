package org.suqiu.routing.assignment.application;

import java.time.Clock;

import org.suqiu.routing.assignment.model.GrievanceToRoute;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.assignment.model.RoutingPolicy;

import reactor.core.publisher.Mono;

/**
 * 派单: routes a received grievance once: decides, stores the decision, then publishes it. A
 * grievance that already has a decision (a redelivery, or a crash between storing and publishing)
 * gets the stored decision published again, unchanged, never a second one.
 */
public class RoutingGrievance {

    /** A decision and whether it was made now or found stored. */
    public record Routed(RoutingDecision decision, boolean alreadyDecided) {
    }

    private final RoutingPolicy policy;
    private final Decisions decisions;
    private final RoutedEvents events;
    private final Clock clock;

    public RoutingGrievance(RoutingPolicy policy, Decisions decisions, RoutedEvents events, Clock clock) {
        this.policy = policy;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
    }

    public Mono<Routed> route(GrievanceToRoute grievance) {
        return decisions.byGrievanceId(grievance.grievanceId())
                .map(stored -> new Routed(stored, true))
                .switchIfEmpty(Mono.defer(() -> decideAndStore(grievance)))
                .flatMap(routed -> events.published(routed.decision()).thenReturn(routed));
    }

    private Mono<Routed> decideAndStore(GrievanceToRoute grievance) {
        RoutingDecision decision = policy.decide(grievance, clock.instant());
        return decisions.add(decision).flatMap(added -> added
                ? Mono.just(new Routed(decision, false))
                // another consumer stored its decision first: that one stands
                : decisions.byGrievanceId(grievance.grievanceId()).map(stored -> new Routed(stored, true)));
    }
}
