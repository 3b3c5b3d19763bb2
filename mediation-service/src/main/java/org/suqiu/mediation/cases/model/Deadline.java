package org.suqiu.mediation.cases.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.suqiu.contracts.mediation.DeadlineKind;

/**
 * 时限: one clock of a case — when it started, is due and warns (at 75% of its span), when its step
 * was done (the clock stops), and which notices the watcher sent: the approaching warning and the
 * highest overdue (超期) level. {@code generation} grows when the deadline is granted more time
 * (延期), so the notices of the new deadline are new ones.
 */
public record Deadline(
        DeadlineKind kind,
        Instant startedAt,
        Instant dueAt,
        Instant warnAt,
        Instant doneAt,
        int generation,
        Instant approachingNotifiedAt,
        int overdueLevel) {

    /** The share of a clock after which it counts as approaching. */
    public static final double WARN_SHARE = 0.75;

    public Deadline {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(warnAt, "warnAt");
        if (warnAt.isAfter(dueAt)) {
            throw new IllegalArgumentException("a deadline cannot warn after it is due");
        }
    }

    /** A new running clock from {@code start} to {@code dueAt}, warning at 75% of the way. */
    public static Deadline running(DeadlineKind kind, Instant start, Instant dueAt) {
        return new Deadline(kind, start, dueAt, warnPoint(start, dueAt), null, 1, null, 0);
    }

    static Instant warnPoint(Instant start, Instant dueAt) {
        if (!dueAt.isAfter(start)) {
            return dueAt;
        }
        long millis = Duration.between(start, dueAt).toMillis();
        return start.plusMillis((long) Math.floor(millis * WARN_SHARE));
    }

    public boolean isRunning() {
        return doneAt == null;
    }

    /** Approaching from {@code warnAt} up to and including {@code dueAt}; overdue strictly after. */
    public DeadlineStatus statusAt(Instant now) {
        if (now.isAfter(dueAt)) {
            return DeadlineStatus.OVERDUE;
        }
        return now.isBefore(warnAt) ? DeadlineStatus.IN_TIME : DeadlineStatus.APPROACHING;
    }

    /** The overdue level at {@code now}: 0 before due, 1 after it, one more after each step past it. */
    public int overdueLevelAt(Instant now, List<Duration> steps) {
        if (!now.isAfter(dueAt)) {
            return 0;
        }
        int level = 1;
        for (Duration step : steps) {
            if (now.isAfter(dueAt.plus(step))) {
                level++;
            }
        }
        return level;
    }

    /** The instants at which this clock may owe a notice: its warning, just after due, just after each step. */
    public List<Instant> noticeTimes(List<Duration> steps) {
        List<Instant> times = new ArrayList<>();
        times.add(warnAt);
        times.add(dueAt.plusMillis(1));
        steps.forEach(step -> times.add(dueAt.plus(step).plusMillis(1)));
        return times;
    }

    public Deadline done(Instant at) {
        return new Deadline(kind, startedAt, dueAt, warnAt, at, generation, approachingNotifiedAt, overdueLevel);
    }

    /** The same clock, paused for {@code pause}: start, warning and due move by it. */
    public Deadline shiftedBy(Duration pause) {
        return new Deadline(kind, startedAt.plus(pause), dueAt.plus(pause), warnAt.plus(pause), doneAt, generation,
                approachingNotifiedAt, overdueLevel);
    }

    /** 延期: a new due instant, with fresh notices (a new generation). */
    public Deadline extendedTo(Instant newDueAt) {
        return new Deadline(kind, startedAt, newDueAt, warnPoint(startedAt, newDueAt), doneAt, generation + 1, null, 0);
    }

    public Deadline approachingNotified(Instant at) {
        return new Deadline(kind, startedAt, dueAt, warnAt, doneAt, generation, at, overdueLevel);
    }

    public Deadline overdueNotified(int level) {
        return new Deadline(kind, startedAt, dueAt, warnAt, doneAt, generation, approachingNotifiedAt, level);
    }
}
