package org.suqiu.mediation.cases.model;

import java.time.Instant;

import org.suqiu.contracts.mediation.DeadlineKind;

/**
 * A notice the deadline watcher owes for one clock of a case: approaching, or overdue at a level,
 * for the clock's generation and due instant it was computed on (a moved clock owes it no more).
 */
public record DeadlineNotice(
        DeadlineKind deadline,
        DeadlineStatus status,
        int level,
        int generation,
        Instant dueAt,
        Instant detectedAt,
        TimelineEntry entry,
        CaseEvent event) {

    public DeadlineNotice {
        if (status == DeadlineStatus.IN_TIME) {
            throw new IllegalArgumentException("nothing to notice while in time");
        }
    }

    public boolean overdue() {
        return status == DeadlineStatus.OVERDUE;
    }
}
