package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** A deadline of an open case is near and the step it guards is not done. Emitted once per deadline. */
public record CaseDeadlineApproaching(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String jurisdictionCode,
        DeadlineKind deadline,
        Instant dueAt,
        Instant detectedAt) implements Event {

    public static final String TYPE = "suqiu.case.deadline-approaching.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
