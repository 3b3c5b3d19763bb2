package org.suqiu.contracts.mediation;

import java.time.Instant;

import org.suqiu.contracts.Event;

/** 开始办理: the unit started work on the case, with its first contact with the citizen (首次联系). Optional: note. */
public record CaseInProgress(
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String startedBy,
        String note,
        Instant startedAt) implements Event {

    public static final String TYPE = "suqiu.case.in-progress.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
