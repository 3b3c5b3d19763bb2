package org.suqiu.notification.delivery.application;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a delivery whose channel was down is tried again: exponential back-off from {@code first},
 * capped at {@code max}, with up to 20 % random jitter so that recovered providers are not stampeded;
 * after {@code maxAttempts} attempts it is given up (FAILED).
 */
public record RetrySchedule(Duration first, Duration max, int maxAttempts) {

    /** The time of the next attempt after attempt number {@code attempt} failed, or null to give up. */
    public Instant after(int attempt, Instant now) {
        if (attempt >= maxAttempts) {
            return null;
        }
        long base = first.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, max.toMillis());
        long jitter = (long) (capped * 0.2 * ThreadLocalRandom.current().nextDouble());
        return now.plusMillis(capped + jitter);
    }
}
