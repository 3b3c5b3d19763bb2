package org.suqiu.mediation.cases.model;

import java.time.Instant;

/** One step in a case's history (办理过程), as handlers and supervisors see it. Holds no citizen data. */
public record TimelineEntry(Instant at, Kind kind, String actor, String detail) {

    /** What happened. */
    public enum Kind {
        OPENED, ACCEPTED, IN_PROGRESS, RESOLVED, CALLED_BACK, REOPENED, ESCALATED, CLOSED, RETURNED, REASSIGNED,
        SUSPENDED, RESUMED, EXTENSION_REQUESTED, EXTENSION_DECIDED, SUPERVISED,
        MEDIATION_STARTED, MEDIATION_SESSION, MEDIATION_CONCLUDED,
        DEADLINE_APPROACHING, OVERDUE
    }
}
