package org.suqiu.intake.submission.model;

import java.time.Instant;
import java.util.random.RandomGenerator;

/** Issues tracking numbers from a random source (a {@code SecureRandom} in production: numbers must not be guessable). */
public final class TrackingNumbers {

    private final RandomGenerator random;

    public TrackingNumbers(RandomGenerator random) {
        this.random = random;
    }

    public TrackingNumber issue(Instant receivedAt) {
        return TrackingNumber.issue(receivedAt, random);
    }
}
