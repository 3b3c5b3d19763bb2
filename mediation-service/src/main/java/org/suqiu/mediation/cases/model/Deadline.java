package org.suqiu.mediation.cases.model;

import java.time.Instant;
import java.util.Objects;

import org.suqiu.contracts.mediation.DeadlineKind;

/**
 * 时限: one deadline of a case — when it is due, from when it counts as approaching, and when the
 * watcher sent its approaching and overdue (超期) notices, if it did.
 */
public record Deadline(
        DeadlineKind kind,
        Instant dueAt,
        Instant warnAt,
        Instant approachingNotifiedAt,
        Instant overdueNotifiedAt) {

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(warnAt, "warnAt");
        if (warnAt.isAfter(dueAt)) {
            throw new IllegalArgumentException("a deadline cannot warn after it is due");
        }
    }

    /** A deadline no notice has been sent for yet. */
    public static Deadline of(DeadlineKind kind, Instant dueAt, Instant warnAt) {
        return new Deadline(kind, dueAt, warnAt, null, null);
    }

    /**
     * Classifies {@code now}: the due instant itself still counts as approaching (the step may be
     * done "by" then); one instant later it is overdue.
     */
    public DeadlineStatus statusAt(Instant now) {
        if (now.isAfter(dueAt)) {
            return DeadlineStatus.OVERDUE;
        }
        if (!now.isBefore(warnAt)) {
            return DeadlineStatus.APPROACHING;
        }
        return DeadlineStatus.IN_TIME;
    }

    public Deadline approachingNotified(Instant at) {
        return new Deadline(kind, dueAt, warnAt, at, overdueNotifiedAt);
    }

    public Deadline overdueNotified(Instant at) {
        return new Deadline(kind, dueAt, warnAt, approachingNotifiedAt, at);
    }
}
