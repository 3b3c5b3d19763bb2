package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 延期申请: the unit asks for more time to resolve, with a reason; a supervisor decides. */
public record CaseExtensionRequested(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String reason,
        int days,
        String requestedBy,
        Instant requestedAt) implements Event {

    public static final String TYPE = "suqiu.case.extension-requested.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
