package org.suqiu.mediation.cases.infrastructure;

import static com.mongodb.client.model.Filters.eq;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.bson.Document;
import org.suqiu.mediation.cases.model.NoticeSchedule;
import org.suqiu.platform.mongo.MongoErrors;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The {@code timers} collection, read by {@code _id} equality only (mongo-java-server ignores
 * non-unique secondary indexes, and real MongoDB needs none here): bucket documents
 * {@code b:<start millis>:<shard>} hold case ids, day documents {@code d:<UTC date>} list the
 * day's buckets, and {@code cursor} names the oldest day not finished. A round reads the days from
 * the cursor to today and the buckets that have started, so its cost follows what is due. A bucket
 * is dropped only {@code grace} after its end: anything filed later lands in a newer bucket.
 */
public class MongoNoticeSchedule implements NoticeSchedule {

    static final String COLLECTION = "timers";
    private static final String CURSOR = "cursor";

    private final MongoCollection<Document> timers;
    private final Duration bucketSize;
    private final Duration grace;
    private final Duration catchUp;
    private final int shards;

    public MongoNoticeSchedule(MongoCollection<Document> timers, Duration bucketSize, Duration grace, Duration catchUp,
            int shards) {
        if (bucketSize.isZero() || bucketSize.isNegative() || Duration.ofDays(1).toMillis() % bucketSize.toMillis() != 0) {
            throw new IllegalArgumentException("the bucket size must divide a day");
        }
        this.timers = timers;
        this.bucketSize = bucketSize;
        this.grace = grace;
        this.catchUp = catchUp;
        this.shards = Math.max(1, shards);
    }

    @Override
    public Mono<Void> file(String caseId, Collection<Instant> at, Instant now) {
        Map<Long, Boolean> buckets = new TreeMap<>();
        for (Instant t : at) {
            buckets.put(bucketStart(t.isBefore(now) ? now : t), true);
        }
        int shard = Math.floorMod(caseId.hashCode(), shards);
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        return Flux.fromIterable(buckets.keySet())
                .concatMap(start -> {
                    String bucketId = bucketId(start, shard);
                    return Mono.from(timers.updateOne(eq("_id", bucketId),
                                    Updates.combine(Updates.addToSet("caseIds", caseId), Updates.setOnInsert("start", start)),
                                    upsert))
                            .then(Mono.from(timers.updateOne(eq("_id", dayId(start)),
                                    Updates.addToSet("buckets", bucketId), upsert)))
                            // two writers upserting the same new bucket: the loser's $addToSet simply runs again
                            .retryWhen(Retry.max(3).filter(MongoErrors::isDuplicateKey));
                })
                .then();
    }

    @Override
    public Flux<Bucket> due(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return Mono.from(timers.findOneAndUpdate(eq("_id", CURSOR),
                        Updates.setOnInsert("day", LocalDate.ofInstant(now.minus(catchUp), ZoneOffset.UTC).toString()),
                        new com.mongodb.client.model.FindOneAndUpdateOptions().upsert(true)
                                .returnDocument(com.mongodb.client.model.ReturnDocument.AFTER)))
                .retryWhen(Retry.max(3).filter(MongoErrors::isDuplicateKey))
                .flatMapMany(cursor -> {
                    LocalDate from = LocalDate.parse(cursor.getString("day"));
                    List<LocalDate> days = new ArrayList<>();
                    for (LocalDate d = from; !d.isAfter(today); d = d.plusDays(1)) {
                        days.add(d);
                    }
                    return Flux.fromIterable(days).concatMap(day -> dayBuckets(day, now));
                });
    }

    private Flux<Bucket> dayBuckets(LocalDate day, Instant now) {
        return Mono.from(timers.find(eq("_id", "d:" + day)).first())
                .map(doc -> doc.getList("buckets", String.class, List.of()))
                .defaultIfEmpty(List.of())
                .flatMapMany(ids -> {
                    TreeSet<String> started = new TreeSet<>();
                    for (String id : ids) {
                        if (startOf(id) <= now.toEpochMilli()) {
                            started.add(id);
                        }
                    }
                    Instant dayEnd = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
                    if (ids.isEmpty() && !now.isBefore(dayEnd.plus(grace))) {
                        // nothing left that day and nothing can be filed there any more: move the cursor on
                        return Mono.from(timers.updateOne(
                                        com.mongodb.client.model.Filters.and(eq("_id", CURSOR), eq("day", day.toString())),
                                        Updates.set("day", day.plusDays(1).toString())))
                                .thenMany(Flux.<Bucket>empty());
                    }
                    if (started.isEmpty()) {
                        return Flux.<Bucket>empty();
                    }
                    return Flux.fromIterable(started)
                            .sort((a, b) -> Long.compare(startOf(a), startOf(b)))
                            .concatMap(id -> Mono.from(timers.find(eq("_id", id)).first()))
                            .map(doc -> new Bucket(doc.getString("_id"), Instant.ofEpochMilli(startOf(doc.getString("_id"))),
                                    Instant.ofEpochMilli(startOf(doc.getString("_id"))).plus(bucketSize),
                                    doc.getList("caseIds", String.class, List.of())));
                });
    }

    @Override
    public Mono<Boolean> finish(Bucket bucket, Instant now) {
        if (now.isBefore(bucket.end().plus(grace))) {
            return Mono.just(false);
        }
        return Mono.from(timers.deleteOne(eq("_id", bucket.id())))
                .then(Mono.from(timers.updateOne(eq("_id", dayId(bucket.start().toEpochMilli())),
                        Updates.pull("buckets", bucket.id()))))
                .thenReturn(true);
    }

    long bucketStart(Instant t) {
        long size = bucketSize.toMillis();
        return Math.floorDiv(t.toEpochMilli(), size) * size;
    }

    private static String bucketId(long start, int shard) {
        return "b:" + start + ":" + shard;
    }

    private static long startOf(String bucketId) {
        return Long.parseLong(bucketId.split(":")[1]);
    }

    private static String dayId(long start) {
        return "d:" + LocalDate.ofInstant(Instant.ofEpochMilli(start), ZoneOffset.UTC);
    }
}
