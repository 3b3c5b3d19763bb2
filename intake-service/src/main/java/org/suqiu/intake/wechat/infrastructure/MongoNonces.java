package org.suqiu.intake.wechat.infrastructure;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.suqiu.intake.wechat.application.Nonces;
import org.suqiu.platform.mongo.MongoErrors;

import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

/** Nonces in {@code wechat_nonces}, unique by account, timestamp and nonce (the {@code _id}); swept by age. */
public class MongoNonces implements Nonces {

    public static final String COLLECTION = "wechat_nonces";

    private final MongoCollection<Document> collection;
    private final Clock clock;

    public MongoNonces(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public Mono<Boolean> use(String accountId, String timestamp, String nonce, String bodyHash) {
        String id = accountId + ":" + timestamp + ":" + nonce;
        return Mono.from(collection.insertOne(new Document("_id", id).append("body", bodyHash)
                        .append("seenAt", Date.from(clock.instant()))))
                .thenReturn(true)
                .onErrorResume(MongoErrors::isDuplicateKey, duplicate -> Mono.from(collection.find(eq("_id", id)).first())
                        .map(seen -> bodyHash.equals(seen.getString("body")))
                        .defaultIfEmpty(false));
    }

    @Override
    public Mono<Long> forgetBefore(Instant before) {
        return Mono.from(collection.deleteMany(lt("seenAt", Date.from(before)))).map(result -> result.getDeletedCount());
    }
}
