package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 中止: handling paused (awaiting a hearing, an expert opinion...); the case's clocks stop. */
public record CaseSuspended(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String reason,
        String suspendedBy,
        Instant suspendedAt) implements Event {

    public static final String TYPE = "suqiu.case.suspended.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
