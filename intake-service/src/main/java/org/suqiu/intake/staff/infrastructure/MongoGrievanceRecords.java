package org.suqiu.intake.staff.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.or;
import static org.suqiu.intake.submission.infrastructure.SubmissionDocument.*;

import java.time.Instant;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.suqiu.intake.staff.application.GrievanceRecords;
import org.suqiu.intake.staff.model.GrievanceRecord;
import org.suqiu.intake.staff.application.StaffReach;
import org.suqiu.intake.submission.infrastructure.SubmissionDocument;
import org.suqiu.intake.submission.infrastructure.TrackingFields;
import org.suqiu.intake.submission.model.Submission;
import org.suqiu.platform.security.JurisdictionFilters;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff reads of {@code submissions}: the reach is a filter of every query (never a check after
 * reading), the caller is found by the keyed hash of the phone (never the number in clear), and the
 * sealed fields are opened with whichever key sealed them.
 */
public class MongoGrievanceRecords implements GrievanceRecords {

    private final MongoCollection<Document> collection;
    private final FieldCipher cipher;

    public MongoGrievanceRecords(MongoDatabase database, FieldCipher cipher) {
        this.collection = database.getCollection(COLLECTION);
        this.cipher = cipher;
    }

    @Override
    public Mono<GrievanceRecord> findVisible(String grievanceId, StaffReach reach) {
        return Mono.from(collection.find(and(eq(ID, grievanceId), within(reach))).first()).map(this::record);
    }

    @Override
    public Mono<GrievanceRecord> findAnywhere(String grievanceId) {
        return Mono.from(collection.find(eq(ID, grievanceId)).first()).map(this::record);
    }

    @Override
    public Flux<GrievanceRecord> findByCaller(String phone, Instant since, StaffReach reach, int limit) {
        String lookup = SubmissionDocument.phoneLookup(cipher, phone);
        if (lookup == null) {
            return Flux.empty();
        }
        return Flux.from(collection.find(and(eq(CONTACT_PHONE_LOOKUP, lookup), gte(RECEIVED_AT, date(since)), within(reach)))
                        .sort(Sorts.descending(RECEIVED_AT))
                        .limit(limit))
                .map(this::record);
    }

    static Bson within(StaffReach reach) {
        Bson routed = JurisdictionFilters.within(JURISDICTION_CODE, reach.scope());
        // eq(field, null) also matches documents without the field: grievances not routed yet
        return reach.unrouted() ? or(routed, eq(JURISDICTION_CODE, null)) : routed;
    }

    private GrievanceRecord record(Document document) {
        Submission submission = SubmissionDocument.toSubmission(document, cipher);
        return new GrievanceRecord(submission.grievanceId(), submission.trackingNo().value(), submission.input().channel(),
                submission.input().text(), submission.input().location(), submission.input().address(),
                submission.input().contact(), submission.input().categoryHint(), submission.receivedAt(),
                TrackingFields.read(document), submission.input().externalId());
    }
}
