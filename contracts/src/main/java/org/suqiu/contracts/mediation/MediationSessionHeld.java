package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 调解会: a mediation session took place. Optional: place. */
public record MediationSessionHeld(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        int session,
        String place,
        int attendeeCount,
        Instant heldAt) implements Event {

    public static final String TYPE = "suqiu.case.mediation-session-held.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
