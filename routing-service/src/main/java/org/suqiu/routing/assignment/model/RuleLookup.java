package org.suqiu.routing.assignment.model;

import java.util.List;
import java.util.Optional;

/**
 * The result of looking a grievance up in the rule set: every rule that matched, most specific
 * (then highest priority) first, and the one that won.
 */
public record RuleLookup(List<RuleCandidate> considered, RoutingRule winner, List<RoutingRule> matching) {

    public RuleLookup {
        considered = List.copyOf(considered);
        matching = List.copyOf(matching);
    }

    /** No lookup was made (no jurisdiction or no category). */
    public static RuleLookup notTried() {
        return new RuleLookup(List.of(), null, List.of());
    }

    public Optional<RoutingRule> rule() {
        return Optional.ofNullable(winner);
    }
}
