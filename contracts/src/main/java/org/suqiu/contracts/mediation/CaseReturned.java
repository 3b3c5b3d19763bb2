package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/**
 * 退单: the assigned unit returned the case before accepting it, with a reason; routing tries the
 * next candidate unit or sends it to triage.
 */
public record CaseReturned(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String reason,
        String returnedBy,
        Instant returnedAt) implements Event {

    public static final String TYPE = "suqiu.case.returned.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
