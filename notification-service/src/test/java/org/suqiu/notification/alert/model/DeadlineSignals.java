package org.suqiu.notification.alert.model;

import java.time.Instant;

/** Deadline facts as the deadline watcher reports them, for a 桐乡市 乌镇镇 case handled by the county's environment bureau. */
public final class DeadlineSignals {

    public static final String CASE_ID = "C-3f6c2a9e";
    public static final String GRIEVANCE_ID = "3f6c2a9e-8b1d-4c7a-9e2f-5a1b7c9d0e42";
    public static final String TRACKING_NO = "SQ20261122K7F3QX";
    public static final String UNIT_ID = "330483-env";
    public static final String WUZHEN = "330483102";
    /** 2026-11-22 10:32 in 北京时间. */
    public static final Instant ACCEPT_DUE = Instant.parse("2026-11-22T02:32:00Z");
    public static final Instant RESOLVE_DUE = Instant.parse("2026-12-07T02:30:05Z");

    private DeadlineSignals() {
    }

    public static DeadlineSignal acceptOverdue() {
        return overdue(Deadline.ACCEPT, ACCEPT_DUE, 1);
    }

    public static DeadlineSignal overdue(Deadline deadline, Instant dueAt, int level) {
        return DeadlineSignal.overdue(CASE_ID, GRIEVANCE_ID, TRACKING_NO, UNIT_ID, WUZHEN, deadline, dueAt, level,
                dueAt.plusSeconds(30));
    }

    public static DeadlineSignal approaching(Deadline deadline, Instant dueAt) {
        return DeadlineSignal.approaching(CASE_ID, GRIEVANCE_ID, TRACKING_NO, UNIT_ID, WUZHEN, deadline, dueAt,
                dueAt.minusSeconds(3600));
    }

    public static DeadlineSignal inJurisdiction(DeadlineSignal signal, String jurisdictionCode) {
        return new DeadlineSignal(signal.kind(), signal.caseId(), signal.grievanceId(), signal.trackingNo(),
                signal.unitId(), jurisdictionCode, signal.deadline(), signal.dueAt(), signal.level(), signal.detectedAt());
    }
}
