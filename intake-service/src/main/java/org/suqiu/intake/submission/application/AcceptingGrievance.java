package org.suqiu.intake.submission.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.intake.submission.model.GrievanceInput;
import org.suqiu.intake.submission.model.IdempotencyKey;
import org.suqiu.intake.submission.model.ReceiptCode;
import org.suqiu.intake.submission.model.Submission;
import org.suqiu.intake.submission.model.TrackingNumbers;
import org.suqiu.intake.tracking.model.TrackingStatus;

import reactor.core.publisher.Mono;

/**
 * 受理登记: takes in a grievance from any channel. The first submission of an idempotency key is
 * stored (the stored document is the outbox record) and answered with a new tracking number; any
 * repeat — sequential or racing — is answered with the first one's receipt and stores nothing.
 */
public class AcceptingGrievance {

    private static final Logger log = LoggerFactory.getLogger(AcceptingGrievance.class);
    /** Collisions of six random base-36 characters within one day are rare; five in a row mean a bug. */
    static final int MAX_NUMBER_ATTEMPTS = 5;

    private final Submissions submissions;
    private final TrackingNumbers trackingNumbers;
    private final RelayTrigger relay;
    private final Clock clock;
    private final Supplier<String> ids;
    private final SecureRandom codes = new SecureRandom();

    public AcceptingGrievance(Submissions submissions, TrackingNumbers trackingNumbers, RelayTrigger relay, Clock clock) {
        this(submissions, trackingNumbers, relay, clock, () -> UUID.randomUUID().toString());
    }

    AcceptingGrievance(Submissions submissions, TrackingNumbers trackingNumbers, RelayTrigger relay, Clock clock,
            Supplier<String> ids) {
        this.submissions = submissions;
        this.trackingNumbers = trackingNumbers;
        this.relay = relay;
        this.clock = clock;
        this.ids = ids;
    }

    public Mono<Acceptance> accept(GrievanceInput input) {
        IdempotencyKey key = input.idempotencyKey();
        return submissions.findReceipt(key)
                .map(existing -> new Acceptance(existing, true))
                .switchIfEmpty(Mono.defer(() ->
                        store(Submission.receive(ids.get(), input, clock.instant(), trackingNumbers,
                                ReceiptCode.issue(codes)), 1)));
    }

    private Mono<Acceptance> store(Submission submission, int attempt) {
        return submissions.add(submission).flatMap(result -> switch (result) {
            case ADDED -> {
                log.info("Accepted grievance {} as {} ({})", submission.grievanceId(), submission.trackingNo(),
                        submission.input().channel());
                relay.nudge();
                yield Mono.just(new Acceptance(new SubmissionReceipt(submission.grievanceId(), submission.trackingNo(),
                        TrackingStatus.RECEIVED, submission.receiptCode()), false));
            }
            case DUPLICATE -> submissions.findReceipt(submission.idempotencyKey())
                    .map(winner -> new Acceptance(winner, true))
                    .switchIfEmpty(Mono.defer(() -> retryWithAnotherNumber(submission, attempt)));
        });
    }

    private Mono<Acceptance> retryWithAnotherNumber(Submission submission, int attempt) {
        if (attempt >= MAX_NUMBER_ATTEMPTS) {
            return Mono.error(new IllegalStateException("no free tracking number after " + attempt + " attempts"));
        }
        log.info("Tracking number {} already taken; issuing another", submission.trackingNo());
        return store(submission.withTrackingNo(trackingNumbers.issue(submission.receivedAt())), attempt + 1);
    }
}
