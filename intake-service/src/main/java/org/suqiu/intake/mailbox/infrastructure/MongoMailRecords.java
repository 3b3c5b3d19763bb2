package org.suqiu.intake.mailbox.infrastructure;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

import java.time.Clock;
import java.util.Date;

import org.bson.Document;
import org.suqiu.intake.mailbox.application.MailRecords;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

/** Mail records in {@code mail_records}, one per mail by channel id ({@code _id}, so unique). No personal data. */
public class MongoMailRecords implements MailRecords {

    public static final String COLLECTION = "mail_records";

    private final MongoCollection<Document> collection;
    private final Clock clock;

    public MongoMailRecords(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public Mono<MailRecord> find(String externalId) {
        return Mono.from(collection.find(eq("_id", externalId)).first())
                .map(d -> new MailRecord(d.getString("_id"), d.getString("state"), d.getString("trackingNo"),
                        Boolean.TRUE.equals(d.getBoolean("replied")), d.getString("reason")));
    }

    @Override
    public Mono<Void> accepted(String externalId, String trackingNo, int droppedAttachments) {
        return upsert(externalId, combine(set("state", "ACCEPTED"), set("trackingNo", trackingNo),
                set("droppedAttachments", droppedAttachments), setOnInsert("replied", false)));
    }

    @Override
    public Mono<Void> replied(String externalId) {
        return upsert(externalId, set("replied", true));
    }

    @Override
    public Mono<Void> refused(String externalId, String reason) {
        return upsert(externalId, combine(set("state", "REFUSED"), set("reason", reason)));
    }

    @Override
    public Mono<Void> quarantined(String key, String reason, String detail) {
        return upsert(key, combine(set("state", "QUARANTINED"), set("reason", reason), set("detail", detail)));
    }

    private Mono<Void> upsert(String id, org.bson.conversions.Bson update) {
        return Mono.from(collection.updateOne(eq("_id", id), combine(update, set("at", Date.from(clock.instant()))),
                new UpdateOptions().upsert(true))).then();
    }
}
