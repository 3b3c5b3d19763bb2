package org.suqiu.intake.submission.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.suqiu.intake.submission.model.IdempotencyKey;
import org.suqiu.intake.submission.model.Submission;
import org.suqiu.intake.tracking.model.TrackingStatus;

import reactor.core.publisher.Mono;

/** Submissions in memory, with the unique keys and the lease rules of the real store. */
class InMemorySubmissions implements Submissions {

    /** One stored submission with its outbox state. */
    static final class Stored {
        final Submission submission;
        boolean sent;
        int attempts;
        Instant nextAttemptAt;
        Instant leaseUntil;
        String claim;
        String lastError;

        Stored(Submission submission) {
            this.submission = submission;
            this.nextAttemptAt = submission.receivedAt();
        }
    }

    final Map<String, Stored> byId = new LinkedHashMap<>();
    /** Stored behind the caller's back between its lookup and its insert, as a racing instance would. */
    Submission racingWinner;

    @Override
    public synchronized Mono<AddResult> add(Submission submission) {
        if (racingWinner != null) {
            byId.put(racingWinner.grievanceId(), new Stored(racingWinner));
            racingWinner = null;
        }
        boolean duplicate = byId.values().stream().anyMatch(s ->
                s.submission.idempotencyKey().equals(submission.idempotencyKey())
                        || s.submission.trackingNo().equals(submission.trackingNo()));
        if (duplicate) {
            return Mono.just(AddResult.DUPLICATE);
        }
        byId.put(submission.grievanceId(), new Stored(submission));
        return Mono.just(AddResult.ADDED);
    }

    @Override
    public synchronized Mono<SubmissionReceipt> findReceipt(IdempotencyKey key) {
        return Mono.justOrEmpty(byId.values().stream()
                .filter(s -> s.submission.idempotencyKey().equals(key))
                .findFirst()
                .map(s -> new SubmissionReceipt(s.submission.grievanceId(), s.submission.trackingNo(), TrackingStatus.RECEIVED)));
    }

    @Override
    public synchronized Mono<ClaimedSubmission> claimNextDue(Instant now, Instant leaseUntil, String claim) {
        Optional<Stored> due = byId.values().stream()
                .filter(s -> !s.sent && !s.nextAttemptAt.isAfter(now) && (s.leaseUntil == null || !s.leaseUntil.isAfter(now)))
                .min(Comparator.comparing(s -> s.nextAttemptAt));
        due.ifPresent(s -> {
            s.leaseUntil = leaseUntil;
            s.claim = claim;
            s.attempts++;
        });
        return Mono.justOrEmpty(due.map(s -> new ClaimedSubmission(s.submission, s.attempts)));
    }

    @Override
    public synchronized Mono<Void> markSent(String grievanceId, String claim, Instant sentAt) {
        Stored stored = byId.get(grievanceId);
        if (claim.equals(stored.claim)) {
            stored.sent = true;
            stored.leaseUntil = null;
            stored.claim = null;
        }
        return Mono.empty();
    }

    @Override
    public synchronized Mono<Void> release(String grievanceId, String claim, Instant nextAttemptAt, String reason) {
        Stored stored = byId.get(grievanceId);
        if (claim.equals(stored.claim)) {
            stored.nextAttemptAt = nextAttemptAt;
            stored.leaseUntil = null;
            stored.claim = null;
            stored.lastError = reason;
        }
        return Mono.empty();
    }

    synchronized Stored get(String grievanceId) {
        return byId.get(grievanceId);
    }

    synchronized List<Stored> all() {
        return List.copyOf(byId.values());
    }
}
