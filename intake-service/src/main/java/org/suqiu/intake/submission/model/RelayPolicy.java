package org.suqiu.intake.submission.model;

import java.time.Duration;
import java.time.Instant;

/**
 * When the relay tries again: a claimed submission is leased for {@code lease}; after a failed
 * publish it waits {@code initialBackoff} doubled per attempt, at most {@code maxBackoff}.
 */
public record RelayPolicy(Duration lease, Duration initialBackoff, Duration maxBackoff) {

    public RelayPolicy {
        if (lease.isNegative() || lease.isZero() || initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("lease must be positive and maxBackoff at least initialBackoff");
        }
    }

    /** How long a failed submission waits after its {@code attempts}-th attempt (1 = the first). */
    public Duration backoffAfter(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        Duration wait = initialBackoff;
        for (int i = 0; i < doublings && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    public Instant nextAttemptAfterFailure(int attempts, Instant now) {
        return now.plus(backoffAfter(attempts));
    }

    public Instant leaseUntil(Instant now) {
        return now.plus(lease);
    }
}
