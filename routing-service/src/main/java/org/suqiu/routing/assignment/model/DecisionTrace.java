package org.suqiu.routing.assignment.model;

import java.util.List;

import org.suqiu.routing.classification.model.Classification;
import org.suqiu.routing.jurisdiction.model.JurisdictionStep;

/**
 * 派单依据: why routing decided as it did: the inputs, each step of finding the jurisdiction with
 * the candidates seen, the category and its source, the rules considered and the one that won, and
 * the candidate units in order (the winner's first, then the other matching rules', then the local
 * governments up the jurisdiction): the suggestions for a dispatcher and the next tries after a 退单.
 */
public record DecisionTrace(
        GrievanceToRoute input,
        List<JurisdictionStep> jurisdictionSteps,
        String countyCode,
        Classification classification,
        List<RuleCandidate> rulesConsidered,
        String winningRuleId,
        List<String> candidateUnitIds) {

    public DecisionTrace {
        jurisdictionSteps = List.copyOf(jurisdictionSteps);
        rulesConsidered = List.copyOf(rulesConsidered);
        candidateUnitIds = candidateUnitIds == null ? List.of() : List.copyOf(candidateUnitIds);
    }
}
