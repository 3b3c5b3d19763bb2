package org.suqiu.routing.assignment.model;

import java.time.Instant;
import java.util.List;

/**
 * One version of the rule set as kept: its rules, and the change that made it (who, when, what,
 * why): {@code change} is {@code seeded}, {@code created}, {@code updated} or {@code retired}, of
 * {@code ruleId}.
 */
public record RuleSetVersion(int version, List<RoutingRule> rules, String change, String ruleId, String changedBy,
                             String reason, Instant changedAt) {

    public RuleSetVersion {
        rules = List.copyOf(rules);
    }
}
