package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 督办: a supervisor put the case under supervision with instructions. */
public record CaseSupervised(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String jurisdictionCode,
        String instructions,
        String supervisedBy,
        Instant supervisedAt) implements Event {

    public static final String TYPE = "suqiu.case.supervised.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
