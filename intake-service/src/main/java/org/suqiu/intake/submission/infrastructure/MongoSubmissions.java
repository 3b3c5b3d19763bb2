package org.suqiu.intake.submission.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Projections.include;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;
import static org.suqiu.intake.submission.infrastructure.SubmissionDocument.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.intake.submission.application.SubmissionReceipt;
import org.suqiu.intake.submission.application.Submissions;
import org.suqiu.intake.submission.model.IdempotencyKey;
import org.suqiu.intake.submission.model.Submission;
import org.suqiu.intake.submission.model.TrackingNumber;
import org.suqiu.intake.tracking.model.TrackingStatus;
import org.suqiu.platform.mongo.MongoErrors;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Submissions in MongoDB, one document each. The unique index on the idempotency key is what makes
 * two racing submissions of the same key end as one; the unique index on the tracking number keeps
 * numbers unique. Indexes are created once before the first write, and again after a failure.
 */
public class MongoSubmissions implements Submissions {

    private static final Logger log = LoggerFactory.getLogger(MongoSubmissions.class);

    private final MongoCollection<Document> collection;
    private final Mono<Void> indexes;
    private final FieldCipher cipher;

    public MongoSubmissions(MongoDatabase database, FieldCipher cipher) {
        this.collection = database.getCollection(COLLECTION);
        this.cipher = cipher;
        this.indexes = Flux.concat(
                        collection.createIndex(Indexes.ascending(IDEMPOTENCY_KEY),
                                new IndexOptions().unique(true).name("idempotencyKey_unique")),
                        collection.createIndex(Indexes.ascending(TRACKING_NO),
                                new IndexOptions().unique(true).name("trackingNo_unique")),
                        collection.createIndex(Indexes.ascending(RELAY_STATE, RELAY_NEXT_ATTEMPT_AT),
                                new IndexOptions().name("relay_due")),
                        collection.createIndex(Indexes.ascending(CONTACT_PHONE_LOOKUP, RECEIVED_AT),
                                new IndexOptions().name("caller_history")))
                .then()
                .doOnSuccess(done -> log.info("Indexes of {} are in place", COLLECTION))
                .cache(done -> Duration.ofMillis(Long.MAX_VALUE), error -> Duration.ZERO, () -> Duration.ofMillis(Long.MAX_VALUE));
    }

    /** Creates the indexes if they are not there yet; cached once it succeeded. */
    public Mono<Void> ensureIndexes() {
        return indexes;
    }

    @Override
    public Mono<AddResult> add(Submission submission) {
        return indexes
                .then(Mono.from(collection.insertOne(SubmissionDocument.of(submission, cipher))))
                .thenReturn(AddResult.ADDED)
                .onErrorResume(MongoErrors::isDuplicateKey, duplicate -> Mono.just(AddResult.DUPLICATE));
    }

    @Override
    public Mono<SubmissionReceipt> findReceipt(IdempotencyKey key) {
        return Mono.from(collection.find(eq(IDEMPOTENCY_KEY, key.value()))
                        .projection(include(ID, TRACKING_NO, STATUS))
                        .first())
                .map(document -> new SubmissionReceipt(document.getString(ID),
                        new TrackingNumber(document.getString(TRACKING_NO)),
                        document.getString(STATUS) == null ? TrackingStatus.RECEIVED
                                : TrackingStatus.valueOf(document.getString(STATUS))));
    }

    @Override
    public Mono<ClaimedSubmission> claimNextDue(Instant now, Instant leaseUntil, String claim) {
        Date at = date(now);
        return Mono.from(collection.findOneAndUpdate(
                        and(eq(RELAY_STATE, PENDING),
                                lte(RELAY_NEXT_ATTEMPT_AT, at),
                                or(eq(RELAY_LEASE_UNTIL, null), lte(RELAY_LEASE_UNTIL, at))),
                        combine(set(RELAY_LEASE_UNTIL, date(leaseUntil)), set(RELAY_CLAIM, claim), inc(RELAY_ATTEMPTS, 1)),
                        new FindOneAndUpdateOptions()
                                .sort(Indexes.ascending(RELAY_NEXT_ATTEMPT_AT))
                                .returnDocument(ReturnDocument.AFTER)))
                .map(document -> new ClaimedSubmission(SubmissionDocument.toSubmission(document, cipher),
                        SubmissionDocument.attempts(document)));
    }

    @Override
    public Mono<Void> markSent(String grievanceId, String claim, Instant sentAt) {
        return Mono.from(collection.updateOne(and(eq(ID, grievanceId), eq(RELAY_CLAIM, claim)),
                        combine(set(RELAY_STATE, SENT), set(RELAY_SENT_AT, date(sentAt)), set(RELAY_LEASE_UNTIL, null),
                                unset(RELAY_CLAIM), unset(RELAY_LAST_ERROR))))
                .then();
    }

    @Override
    public Mono<Void> release(String grievanceId, String claim, Instant nextAttemptAt, String reason) {
        return Mono.from(collection.updateOne(and(eq(ID, grievanceId), eq(RELAY_CLAIM, claim)),
                        combine(set(RELAY_NEXT_ATTEMPT_AT, date(nextAttemptAt)), set(RELAY_LEASE_UNTIL, null),
                                set(RELAY_LAST_ERROR, reason), unset(RELAY_CLAIM))))
                .then();
    }
}
