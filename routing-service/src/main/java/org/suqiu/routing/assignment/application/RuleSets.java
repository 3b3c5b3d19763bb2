package org.suqiu.routing.assignment.application;

import org.suqiu.routing.assignment.model.RuleSetVersion;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The stored versions of the rule set, never overwritten: one per change. */
public interface RuleSets {

    Mono<RuleSetVersion> latest();

    Mono<RuleSetVersion> version(int version);

    /** Newest first. */
    Flux<RuleSetVersion> history();

    /** Adds a version; false when that version number is already taken (another change came first). */
    Mono<Boolean> add(RuleSetVersion version);
}
