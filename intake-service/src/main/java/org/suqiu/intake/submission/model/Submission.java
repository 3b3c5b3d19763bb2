package org.suqiu.intake.submission.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * 受理: one grievance taken in — its id, its tracking number, what was handed in and when. Stored
 * once per idempotency key; the stored submission is also the outbox record the relay publishes.
 */
public record Submission(String grievanceId, TrackingNumber trackingNo, GrievanceInput input, Instant receivedAt) {

    public Submission {
        Objects.requireNonNull(grievanceId, "grievanceId");
        Objects.requireNonNull(trackingNo, "trackingNo");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /**
     * A new submission received at {@code now}; the time is cut to milliseconds, which is what the
     * store keeps, so the stored and the published time are the same.
     */
    public static Submission receive(String grievanceId, GrievanceInput input, Instant now, TrackingNumbers numbers) {
        Instant receivedAt = now.truncatedTo(ChronoUnit.MILLIS);
        return new Submission(grievanceId, numbers.issue(receivedAt), input, receivedAt);
    }

    public IdempotencyKey idempotencyKey() {
        return input.idempotencyKey();
    }

    /** Same grievance, another tracking number: after the (rare) collision with an existing one. */
    public Submission withTrackingNo(TrackingNumber other) {
        return new Submission(grievanceId, other, input, receivedAt);
    }

    /** The deterministic CloudEvents id of its {@code GrievanceReceived}, the same on every re-publish. */
    public String receivedEventId() {
        return grievanceId + ":received";
    }

    @Override
    public String toString() {
        return "Submission[" + grievanceId + ", " + trackingNo + "]";
    }
}
