package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** The case is closed for good; {@code outcome} says how (e.g. RESOLVED, WITHDRAWN). */
public record CaseClosed(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String outcome,
        Instant closedAt) implements Event {

    public static final String TYPE = "suqiu.case.closed.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
