package org.suqiu.mediation.cases.model;

import java.time.Instant;

import org.suqiu.contracts.mediation.DeadlineKind;

/**
 * A notice the deadline watcher owes for one deadline of a case: approaching, or overdue at a level.
 * Recording it marks the deadline and queues its event in one step, so it goes out once.
 */
public record DeadlineNotice(
        DeadlineKind deadline,
        DeadlineStatus status,
        int level,
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
