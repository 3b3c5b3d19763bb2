package org.suqiu.intake.tracking.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Projections.include;

import java.util.Map;

import org.bson.Document;
import org.suqiu.intake.submission.infrastructure.SubmissionDocument;
import org.suqiu.intake.submission.infrastructure.TrackingFields;
import org.suqiu.intake.tracking.application.Trackings;
import org.suqiu.intake.tracking.model.Tracking;
import org.suqiu.intake.tracking.model.TrackingProof;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

/**
 * The tracking part of each submission document. Reads project the tracking fields only, so no
 * personal data leaves the store on this path; writes {@code $set} only tracking fields (the relay
 * writes {@code relay.*} of the same document concurrently) and only at the version read.
 */
public class MongoTrackings implements Trackings {

    private final MongoCollection<Document> collection;
    private final FieldCipher cipher;

    public MongoTrackings(MongoDatabase database, FieldCipher cipher) {
        this.collection = database.getCollection(SubmissionDocument.COLLECTION);
        this.cipher = cipher;
    }

    @Override
    public Mono<Tracking> findByGrievanceId(String grievanceId) {
        return findOne(eq(SubmissionDocument.ID, grievanceId));
    }

    @Override
    public Mono<Tracking> findByTrackingNo(String trackingNo) {
        return findOne(eq(SubmissionDocument.TRACKING_NO, trackingNo));
    }

    /** The proof is part of the query: a wrong one finds nothing, exactly like an unknown number. */
    @Override
    public Mono<Tracking> findByTrackingNo(String trackingNo, TrackingProof proof) {
        return switch (proof.kind()) {
            case RECEIPT_CODE -> findOne(and(eq(SubmissionDocument.TRACKING_NO, trackingNo),
                    eq(SubmissionDocument.PROOF_RECEIPT_CODE, SubmissionDocument.receiptCodeHash(cipher, proof.value()))));
            case PHONE_LAST4 -> findOne(and(eq(SubmissionDocument.TRACKING_NO, trackingNo),
                    eq(SubmissionDocument.PROOF_PHONE_LAST4, SubmissionDocument.phoneLast4Hash(cipher, proof.value()))));
        };
    }

    @Override
    public Mono<Boolean> save(Tracking tracking) {
        long expected = tracking.version();
        Document fields = new Document();
        for (Map.Entry<String, Object> field : TrackingFields.write(tracking).entrySet()) {
            fields.append(field.getKey(), field.getValue());
        }
        fields.put(SubmissionDocument.TRACKING_VERSION, expected + 1);
        return Mono.from(collection.updateOne(
                        and(eq(SubmissionDocument.ID, tracking.grievanceId()),
                                eq(SubmissionDocument.TRACKING_VERSION, expected)),
                        new Document("$set", fields)))
                .map(result -> result.getMatchedCount() == 1);
    }

    private Mono<Tracking> findOne(org.bson.conversions.Bson filter) {
        return Mono.from(collection.find(filter)
                        .projection(include(SubmissionDocument.TRACKING_FIELDS))
                        .first())
                .map(TrackingFields::read);
    }
}
