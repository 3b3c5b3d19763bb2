package org.suqiu.mediation.cases.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.suqiu.contracts.mediation.DeadlineKind;

/**
 * Deadlines as fixed durations on the wall clock (no calendar yet). Each deadline warns
 * {@code warnBefore} ahead of its due instant, but never before its clock started; a zero
 * {@code warnBefore} means no separate warning window.
 */
public record FixedDurationDeadlinePolicy(Duration acceptWithin, Duration resolveWithin, Duration warnBefore)
        implements DeadlinePolicy {

    public FixedDurationDeadlinePolicy {
        requirePositive(acceptWithin, "acceptWithin");
        requirePositive(resolveWithin, "resolveWithin");
        Objects.requireNonNull(warnBefore, "warnBefore");
        if (warnBefore.isNegative()) {
            throw new IllegalArgumentException("warnBefore must not be negative");
        }
        if (resolveWithin.compareTo(acceptWithin) < 0) {
            throw new IllegalArgumentException("resolveWithin must not be shorter than acceptWithin");
        }
    }

    @Override
    public Deadlines deadlinesFrom(Instant start) {
        return new Deadlines(deadline(DeadlineKind.ACCEPT, start, acceptWithin), deadline(DeadlineKind.RESOLVE, start, resolveWithin));
    }

    private Deadline deadline(DeadlineKind kind, Instant start, Duration within) {
        Instant dueAt = start.plus(within);
        Instant warnAt = dueAt.minus(warnBefore);
        return Deadline.of(kind, dueAt, warnAt.isBefore(start) ? start : warnAt);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
