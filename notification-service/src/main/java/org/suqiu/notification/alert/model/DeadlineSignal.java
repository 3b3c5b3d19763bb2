package org.suqiu.notification.alert.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A fact from the case's deadline watcher: a deadline of an open case is near, or has passed at
 * some overdue level (0 for "near", 1 and up for "passed"). The same fact always has the same
 * {@link #alertId()}, whichever event id carried it.
 */
public record DeadlineSignal(
        AlertKind kind,
        String caseId,
        String grievanceId,
        String trackingNo,
        String unitId,
        String jurisdictionCode,
        Deadline deadline,
        Instant dueAt,
        int level,
        Instant detectedAt) {

    private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public DeadlineSignal {
        require(kind, "kind");
        requireText(caseId, "caseId");
        requireText(grievanceId, "grievanceId");
        requireText(trackingNo, "trackingNo");
        require(deadline, "deadline");
        require(dueAt, "dueAt");
        if (kind == AlertKind.DEADLINE_APPROACHING && level != 0) {
            throw new IllegalArgumentException("an approaching deadline has level 0, not " + level);
        }
        if (kind == AlertKind.OVERDUE && level < 1) {
            throw new IllegalArgumentException("an overdue level starts at 1, not " + level);
        }
    }

    /** A deadline of the case is near. */
    public static DeadlineSignal approaching(String caseId, String grievanceId, String trackingNo, String unitId,
            String jurisdictionCode, Deadline deadline, Instant dueAt, Instant detectedAt) {
        return new DeadlineSignal(AlertKind.DEADLINE_APPROACHING, caseId, grievanceId, trackingNo, unitId,
                jurisdictionCode, deadline, dueAt, 0, detectedAt);
    }

    /** A deadline of the case has passed; {@code level} 1 is the first escalation step. */
    public static DeadlineSignal overdue(String caseId, String grievanceId, String trackingNo, String unitId,
            String jurisdictionCode, Deadline deadline, Instant dueAt, int level, Instant detectedAt) {
        return new DeadlineSignal(AlertKind.OVERDUE, caseId, grievanceId, trackingNo, unitId,
                jurisdictionCode, deadline, dueAt, level, detectedAt);
    }

    /**
     * The natural key of the one alert this fact deserves:
     * {@code <caseId>:<deadline>:<dueAt>:approaching} or {@code <caseId>:<deadline>:<dueAt>:overdue:<level>}.
     * The due time is in it (to the second) so that an extended deadline (延期) is a new fact.
     */
    public String alertId() {
        String base = caseId + ":" + deadline + ":" + KEY_TIME.format(dueAt);
        return kind == AlertKind.OVERDUE ? base + ":overdue:" + level : base + ":approaching";
    }

    private static void require(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
    }
}
