package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 办结: the unit finished the case with an answer (答复) to the citizen. */
public record CaseResolved(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String answer,
        String resolvedBy,
        Instant resolvedAt) implements Event {

    public static final String TYPE = "suqiu.case.resolved.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
