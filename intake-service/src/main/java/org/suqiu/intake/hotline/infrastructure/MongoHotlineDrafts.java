package org.suqiu.intake.hotline.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Duration;
import java.util.Date;

import org.bson.Document;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.intake.hotline.application.HotlineDrafts;
import org.suqiu.intake.hotline.model.CallNotes;
import org.suqiu.intake.hotline.model.HotlineDraft;
import org.suqiu.platform.mongo.MongoErrors;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Drafts in the {@code hotline_drafts} collection, one document each: the caller's number and the
 * address sealed with {@link FieldCipher}; one draft per call (unique {@code callId}); the city is
 * part of every query; writes are conditional on {@code version}.
 */
public class MongoHotlineDrafts implements HotlineDrafts {

    public static final String COLLECTION = "hotline_drafts";
    private static final String CALLER_PHONE = "callerPhone";
    private static final String ADDRESS = "notes.address";

    private final MongoCollection<Document> collection;
    private final FieldCipher cipher;
    private final Mono<Void> indexes;

    public MongoHotlineDrafts(MongoDatabase database, FieldCipher cipher) {
        this.collection = database.getCollection(COLLECTION);
        this.cipher = cipher;
        this.indexes = Flux.concat(collection.createIndex(Indexes.ascending("callId"),
                                new IndexOptions().unique(true).name("callId_unique")))
                .then()
                .cache(done -> Duration.ofMillis(Long.MAX_VALUE), error -> Duration.ZERO, () -> Duration.ofMillis(Long.MAX_VALUE));
    }

    @Override
    public Mono<Boolean> add(HotlineDraft draft) {
        return indexes.then(Mono.from(collection.insertOne(toDocument(draft))))
                .thenReturn(true)
                .onErrorResume(MongoErrors::isDuplicateKey, duplicate -> Mono.just(false));
    }

    @Override
    public Mono<HotlineDraft> find(String draftId, String city) {
        return Mono.from(collection.find(and(eq("_id", draftId), eq("city", city))).first()).map(this::toDraft);
    }

    @Override
    public Mono<HotlineDraft> findByCall(String callId, String city) {
        return Mono.from(collection.find(and(eq("callId", callId), eq("city", city))).first()).map(this::toDraft);
    }

    @Override
    public Mono<Boolean> replace(HotlineDraft draft) {
        Document next = toDocument(draft).append("version", draft.version() + 1);
        return Mono.from(collection.replaceOne(and(eq("_id", draft.draftId()), eq("version", draft.version())), next))
                .map(result -> result.getMatchedCount() == 1);
    }

    Document toDocument(HotlineDraft draft) {
        CallNotes notes = draft.notes();
        return new Document("_id", draft.draftId())
                .append("callId", draft.callId())
                .append(CALLER_PHONE, cipher.encrypt(draft.callerPhone(), CALLER_PHONE))
                .append("city", draft.city())
                .append("createdBy", draft.createdBy())
                .append("notes", new Document("text", notes.text())
                        .append("address", cipher.encrypt(notes.address(), ADDRESS))
                        .append("location", notes.location() == null ? null : new Document("lat", notes.location().lat())
                                .append("lng", notes.location().lng()).append("crs", notes.location().crs()))
                        .append("category", notes.category())
                        .append("urgency", notes.urgency().name())
                        .append("callbackWanted", notes.callbackWanted())
                        .append("relatedTrackingNo", notes.relatedTrackingNo()))
                .append("state", draft.state().name())
                .append("grievanceId", draft.grievanceId())
                .append("trackingNo", draft.trackingNo())
                .append("createdAt", Date.from(draft.createdAt()))
                .append("updatedAt", Date.from(draft.updatedAt()))
                .append("version", draft.version());
    }

    HotlineDraft toDraft(Document document) {
        Document notes = document.get("notes", Document.class);
        Document location = notes.get("location", Document.class);
        CallNotes callNotes = new CallNotes(notes.getString("text"), open(notes.getString("address"), ADDRESS),
                location == null ? null : new GeoPoint(location.get("lat", Number.class).doubleValue(),
                        location.get("lng", Number.class).doubleValue(), location.getString("crs")),
                notes.getString("category"), Urgency.valueOf(notes.getString("urgency")),
                Boolean.TRUE.equals(notes.getBoolean("callbackWanted")), notes.getString("relatedTrackingNo"));
        return new HotlineDraft(document.getString("_id"), document.getString("callId"),
                open(document.getString(CALLER_PHONE), CALLER_PHONE), document.getString("city"),
                document.getString("createdBy"), callNotes, HotlineDraft.State.valueOf(document.getString("state")),
                document.getString("grievanceId"), document.getString("trackingNo"),
                document.getDate("createdAt").toInstant(), document.getDate("updatedAt").toInstant(),
                document.get("version", Number.class).longValue());
    }

    private String open(String value, String context) {
        return value == null ? null : cipher.decrypt(value, context);
    }
}
