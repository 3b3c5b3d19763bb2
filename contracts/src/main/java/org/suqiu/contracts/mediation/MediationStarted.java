package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 大调解: the case went to mediation of a kind, with a mediator and a deadline. Party names stay in the case, never in events. */
public record MediationStarted(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        MediationKind kind,
        String mediator,
        int partyCount,
        Instant dueAt,
        Instant startedAt) implements Event {

    public static final String TYPE = "suqiu.case.mediation-started.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
