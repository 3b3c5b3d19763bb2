package org.suqiu.routing.assignment.model;

import java.time.Instant;
import java.util.List;

import org.suqiu.routing.jurisdiction.model.JurisdictionMethod;

/**
 * 派单决定: where one grievance went: assigned to a unit, or sent to triage with a reason;
 * jurisdiction and category are kept whenever known, and the trace says why. {@code attempt} is 0
 * for the first decision and grows with every re-routing after a 退单 or a dispatcher's assignment;
 * {@code assignedBy} is null for an automatic decision and the dispatcher's subject otherwise;
 * {@code triedUnitIds} are the units that had it before (never again without a dispatcher),
 * {@code autoReroutes} counts automatic re-routings since the last dispatcher, and {@code link} says
 * which earlier grievance a 重复件 or 并单 was linked to (null otherwise).
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
        Integer ruleVersion,
        String unitId,
        String unitName,
        String urgency,
        String assignedBy,
        int attempt,
        List<String> triedUnitIds,
        int autoReroutes,
        Instant decidedAt,
        GrievanceLink link,
        DecisionTrace trace) {

    public RoutingDecision {
        triedUnitIds = triedUnitIds == null ? List.of() : List.copyOf(triedUnitIds);
    }

    public boolean assigned() {
        return outcome == DecisionOutcome.ASSIGNED;
    }

    public boolean linked() {
        return outcome == DecisionOutcome.LINKED;
    }

    /** This decision turned into a link to an earlier grievance (not assigned). */
    public RoutingDecision linkedTo(GrievanceLink link) {
        return new RoutingDecision(grievanceId, DecisionOutcome.LINKED, null, jurisdictionCode, jurisdictionName,
                jurisdictionMethod, category, confidence, null, ruleVersion, null, null, urgency, null, attempt, triedUnitIds,
                autoReroutes, decidedAt, link, trace);
    }

    /** Decided by a dispatcher rather than by a rule. */
    public boolean manual() {
        return assignedBy != null;
    }
}
