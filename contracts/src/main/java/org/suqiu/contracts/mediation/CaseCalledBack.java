package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 回访: the citizen was asked about the answer and rated it. Optional: comment. */
public record CaseCalledBack(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        CallBackRating rating,
        String comment,
        String calledBackBy,
        Instant calledBackAt) implements Event {

    public static final String TYPE = "suqiu.case.called-back.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
