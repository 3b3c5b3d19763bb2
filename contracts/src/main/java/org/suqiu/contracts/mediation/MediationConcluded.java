package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 调解结束: agreement (调解协议, with the 30-day 司法确认 window of 人民调解法 art. 33), partial or failed with the next step. Optional: nextStep, signedAt, confirmationDueAt. */
public record MediationConcluded(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        MediationKind kind,
        MediationOutcome outcome,
        String nextStep,
        Instant signedAt,
        Instant confirmationDueAt,
        Instant concludedAt) implements Event {

    public static final String TYPE = "suqiu.case.mediation-concluded.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
