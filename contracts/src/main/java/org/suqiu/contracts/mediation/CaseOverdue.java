package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/**
 * 超期: a deadline of an open case passed with its step not done. {@code level} starts at 1; later
 * issues add higher levels up the escalation ladder. Emitted once per deadline and level.
 */
public record CaseOverdue(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String jurisdictionCode,
        DeadlineKind deadline,
        Instant dueAt,
        int level,
        Instant detectedAt) implements Event {

    public static final String TYPE = "suqiu.case.overdue.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
