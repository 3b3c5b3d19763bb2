package org.suqiu.intake.submission.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * 受理: one grievance taken in — its id, its tracking number, what was handed in and when. Stored
 * once per idempotency key; the stored submission is also the outbox record the relay publishes.
 */
public record Submission(String grievanceId, TrackingNumber trackingNo, GrievanceInput input, Instant receivedAt,
        String receiptCode) {

    public Submission {
        Objects.requireNonNull(grievanceId, "grievanceId");
        Objects.requireNonNull(trackingNo, "trackingNo");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A stored submission: its receipt code was handed out once and is kept only as a hash. */
    public Submission(String grievanceId, TrackingNumber trackingNo, GrievanceInput input, Instant receivedAt) {
        this(grievanceId, trackingNo, input, receivedAt, null);
    }

    /**
     * A new submission received at {@code now}; the time is cut to milliseconds, which is what the
     * store keeps, so the stored and the published time are the same. The receipt code goes to the
     * citizen once, in the answer to this submission.
     */
    public static Submission receive(String grievanceId, GrievanceInput input, Instant now, TrackingNumbers numbers,
            String receiptCode) {
        Instant receivedAt = now.truncatedTo(ChronoUnit.MILLIS);
        return new Submission(grievanceId, numbers.issue(receivedAt), input, receivedAt, receiptCode);
    }

    public IdempotencyKey idempotencyKey() {
        return input.idempotencyKey();
    }

    /** Same grievance, another tracking number: after the (rare) collision with an existing one. */
    public Submission withTrackingNo(TrackingNumber other) {
        return new Submission(grievanceId, other, input, receivedAt, receiptCode);
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
