package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 转督查: the citizen was still not satisfied after the 重办, so the case goes to a supervisor to decide. */
public record CaseEscalated(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String jurisdictionCode,
        String reason,
        Instant escalatedAt) implements Event {

    public static final String TYPE = "suqiu.case.escalated.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
