package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 恢复: handling resumed after a suspension; the clocks run again, their deadlines moved by the pause. Optional: resolveDueAt. */
public record CaseResumed(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String resumedBy,
        Instant resumedAt,
        Instant resolveDueAt) implements Event {

    public static final String TYPE = "suqiu.case.resumed.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
