package org.suqiu.routing.assignment.model;

/**
 * One place the rule table was looked at, for the decision trace: the (category, jurisdiction) key
 * and the rule found there, if any.
 */
public record RuleCandidate(String category, String jurisdictionCode, String ruleId, String unitId) {

    public boolean matched() {
        return ruleId != null;
    }
}
