package org.suqiu.intake.submission.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.intake.submission.application.Submissions.ClaimedSubmission;
import org.suqiu.intake.submission.model.RelayPolicy;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The outbox relay: publishes pending submissions as {@code GrievanceReceived} and marks them sent.
 * Each submission is claimed with a lease first, so several instances never send the same one at
 * the same time; one whose publish fails waits (backoff) and is tried again until it goes. A crash
 * after publishing and before marking sends it once more with the same event id, which consumers
 * recognise.
 */
public class RelayingSubmissions {

    private static final Logger log = LoggerFactory.getLogger(RelayingSubmissions.class);

    private final Submissions submissions;
    private final ReceivedEvents events;
    private final RelayPolicy policy;
    private final Clock clock;
    private final int batchSize;
    private final int concurrency;

    public RelayingSubmissions(Submissions submissions, ReceivedEvents events, RelayPolicy policy, Clock clock,
            int batchSize, int concurrency) {
        if (batchSize < 1 || concurrency < 1) {
            throw new IllegalArgumentException("batchSize and concurrency must be positive");
        }
        this.submissions = submissions;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
        this.batchSize = batchSize;
        this.concurrency = concurrency;
    }

    /** How one batch went. */
    public record Batch(int sent, int failed) {

        static final Batch EMPTY = new Batch(0, 0);

        Batch plus(Batch other) {
            return new Batch(sent + other.sent, failed + other.failed);
        }
    }

    /** Relays batch after batch until nothing is due or a publish fails; answers the total. */
    public Mono<Batch> relayDue() {
        return relayBatch()
                .expand(batch -> batch.failed() == 0 && batch.sent() == batchSize ? relayBatch() : Mono.empty())
                .reduce(Batch.EMPTY, Batch::plus);
    }

    /** Claims up to one batch and publishes it; after the first failure it claims no more. */
    public Mono<Batch> relayBatch() {
        String claim = UUID.randomUUID().toString();
        AtomicInteger claimed = new AtomicInteger();
        AtomicBoolean failing = new AtomicBoolean();
        return claimNext(claim)
                .expand(previous -> !failing.get() && claimed.incrementAndGet() < batchSize ? claimNext(claim) : Mono.empty())
                .flatMap(next -> relay(next, claim, failing), concurrency)
                .reduce(Batch.EMPTY, Batch::plus);
    }

    private Mono<ClaimedSubmission> claimNext(String claim) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            return submissions.claimNextDue(now, policy.leaseUntil(now), claim);
        });
    }

    private Mono<Batch> relay(ClaimedSubmission claimed, String claim, AtomicBoolean failing) {
        String grievanceId = claimed.submission().grievanceId();
        if (failing.get()) {
            return giveBack(claimed, claim, "not tried: an earlier publish in this batch failed");
        }
        return events.publish(claimed.submission())
                .then(Mono.defer(() -> submissions.markSent(grievanceId, claim, clock.instant())))
                .doOnSuccess(done -> log.debug("Published GrievanceReceived for {}", grievanceId))
                .thenReturn(new Batch(1, 0))
                .onErrorResume(error -> {
                    failing.set(true);
                    log.warn("Could not publish GrievanceReceived for {} (attempt {}): {}", grievanceId,
                            claimed.attempts(), error.toString());
                    return giveBack(claimed, claim, error.getClass().getSimpleName());
                });
    }

    private Mono<Batch> giveBack(ClaimedSubmission claimed, String claim, String reason) {
        Instant next = policy.nextAttemptAfterFailure(claimed.attempts(), clock.instant());
        return submissions.release(claimed.submission().grievanceId(), claim, next, reason)
                .onErrorResume(error -> {
                    // the lease runs out by itself; the submission is retried then
                    log.warn("Could not release {}: {}", claimed.submission().grievanceId(), error.toString());
                    return Mono.empty();
                })
                .thenReturn(new Batch(0, 1));
    }
}
