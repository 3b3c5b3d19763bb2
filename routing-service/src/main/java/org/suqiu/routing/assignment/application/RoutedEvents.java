package org.suqiu.routing.assignment.application;

import org.suqiu.routing.assignment.model.RoutingDecision;

import reactor.core.publisher.Mono;

/** Tells the other services where a grievance went. */
public interface RoutedEvents {

    /**
     * Completes once the broker has the decision; the same decision always gives the same event id,
     * so publishing it again is recognisable downstream.
     */
    Mono<Void> published(RoutingDecision decision);
}
