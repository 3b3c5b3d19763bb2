package org.suqiu.routing.assignment.model;

/**
 * One rule that matched a grievance, for the decision trace, most specific first: its key
 * (category, jurisdiction, urgency), its priority and unit, and its rank among the matches (1 won).
 */
public record RuleCandidate(String ruleId, String category, String jurisdictionCode, String urgency, int priority,
                            String unitId, int rank) {
}
