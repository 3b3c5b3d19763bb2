package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 签收: the unit acknowledged it has the case. */
public record CaseAccepted(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String acceptedBy,
        Instant acceptedAt) implements Event {

    public static final String TYPE = "suqiu.case.accepted.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
