package org.suqiu.mediation.cases.model;

import java.time.Instant;

import org.suqiu.contracts.mediation.ExtensionDecision;

/** 延期: the unit's request (reason, days) and, once decided, the supervisor's decision; decision null = pending. */
public record Extension(String reason, int days, String requestedBy, Instant requestedAt,
        ExtensionDecision decision, Integer grantedDays, String note, String decidedBy, Instant decidedAt) {

    public boolean pending() {
        return decision == null;
    }

    public Extension decided(ExtensionDecision newDecision, Integer granted, String decisionNote, String by, Instant at) {
        return new Extension(reason, days, requestedBy, requestedAt, newDecision, granted, decisionNote, by, at);
    }
}
