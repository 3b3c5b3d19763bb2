package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** A case was opened for an assigned grievance, with its deadlines. Optional: unitName, category. */
public record CaseOpened(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String unitName,
        String jurisdictionCode,
        String category,
        Instant openedAt,
        Instant acceptDueAt,
        Instant resolveDueAt) implements Event {

    public static final String TYPE = "suqiu.case.opened.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
