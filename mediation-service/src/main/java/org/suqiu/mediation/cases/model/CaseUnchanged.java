package org.suqiu.mediation.cases.model;

/** The action asked for is already done exactly so (a repeated request): nothing changes, nothing is published. */
public record CaseUnchanged(Case current) implements CaseDecision {
}
