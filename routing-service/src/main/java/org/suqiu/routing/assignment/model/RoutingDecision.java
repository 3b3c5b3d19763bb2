package org.suqiu.routing.assignment.model;

import java.time.Instant;

import org.suqiu.routing.jurisdiction.model.JurisdictionMethod;

/**
 * 派单决定: where one grievance went, made once and kept: assigned to a unit, or sent to triage with
 * a reason; jurisdiction and category are kept whenever known, and the trace says why.
 */
public record RoutingDecision(
        String grievanceId,
        DecisionOutcome outcome,
        TriageReason triageReason,
        String jurisdictionCode,
        String jurisdictionName,
        JurisdictionMethod jurisdictionMethod,
        String category,
        Double confidence,
        String ruleId,
        String unitId,
        String unitName,
        Instant decidedAt,
        DecisionTrace trace) {

    public boolean assigned() {
        return outcome == DecisionOutcome.ASSIGNED;
    }
}
