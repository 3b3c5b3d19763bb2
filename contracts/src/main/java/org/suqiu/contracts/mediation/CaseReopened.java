package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 重办: the citizen was not satisfied at the call-back (回访), so the unit handles the case again, with a new 办结 deadline. */
public record CaseReopened(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        int round,
        String reason,
        Instant resolveDueAt,
        Instant reopenedAt) implements Event {

    public static final String TYPE = "suqiu.case.reopened.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
