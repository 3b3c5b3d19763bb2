package org.suqiu.intake.submission.application;

import java.time.Instant;

import org.suqiu.intake.submission.model.IdempotencyKey;
import org.suqiu.intake.submission.model.Submission;

import reactor.core.publisher.Mono;

/** The stored submissions, each one also an outbox record waiting to be published (port). */
public interface Submissions {

    /** Stores a new submission as pending for the relay; tells a duplicate key or number apart instead of failing. */
    Mono<AddResult> add(Submission submission);

    /** The receipt of the submission stored under this key, if any. */
    Mono<SubmissionReceipt> findReceipt(IdempotencyKey key);

    /**
     * Claims the next pending submission due at {@code now} and not leased by anyone, leasing it to
     * {@code claim} until {@code leaseUntil} and counting the attempt; empty when none is due.
     */
    Mono<ClaimedSubmission> claimNextDue(Instant now, Instant leaseUntil, String claim);

    /** Marks a claimed submission as published. */
    Mono<Void> markSent(String grievanceId, String claim, Instant sentAt);

    /** Gives a claimed submission back, to be tried again from {@code nextAttemptAt}. */
    Mono<Void> release(String grievanceId, String claim, Instant nextAttemptAt, String reason);

    /** What storing a submission did. */
    enum AddResult {
        ADDED,
        /** Another submission holds the same idempotency key or the same tracking number. */
        DUPLICATE
    }

    /** A pending submission claimed by the relay, with the number of attempts including this one. */
    record ClaimedSubmission(Submission submission, int attempts) {
    }
}
