package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 延期审批: a supervisor approved or denied the extension. Optional: days (granted), note. */
public record CaseExtensionDecided(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        ExtensionDecision decision,
        Integer days,
        String note,
        String decidedBy,
        Instant resolveDueAt,
        Instant decidedAt) implements Event {

    public static final String TYPE = "suqiu.case.extension-decided.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
