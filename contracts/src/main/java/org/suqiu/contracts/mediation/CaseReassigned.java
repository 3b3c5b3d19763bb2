package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 改派: after a 退单 routing assigned the case to another unit; the previous unit loses it, the history stays. Optional: unitName. */
public record CaseReassigned(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String previousUnitId,
        String unitName,
        String jurisdictionCode,
        int attempt,
        Instant reassignedAt,
        Instant acceptDueAt,
        Instant resolveDueAt) implements Event {

    public static final String TYPE = "suqiu.case.reassigned.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
