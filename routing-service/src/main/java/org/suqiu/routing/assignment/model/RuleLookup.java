package org.suqiu.routing.assignment.model;

import java.util.List;
import java.util.Optional;

/** The result of looking a grievance up in the rule table: every key tried and the rule that won. */
public record RuleLookup(List<RuleCandidate> considered, RoutingRule winner) {

    public RuleLookup {
        considered = List.copyOf(considered);
    }

    /** No lookup was made (no jurisdiction or no category). */
    public static RuleLookup notTried() {
        return new RuleLookup(List.of(), null);
    }

    public Optional<RoutingRule> rule() {
        return Optional.ofNullable(winner);
    }
}
