package org.suqiu.mediation.cases.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.TreeMap;

import org.suqiu.mediation.cases.model.NoticeSchedule;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The notice schedule in memory, with the Mongo schedule's bucket and grace rules; counts what rounds read. */
public class InMemoryNoticeSchedule implements NoticeSchedule {

    private final Duration bucket;
    private final Duration grace;
    private final Map<Long, LinkedHashSet<String>> buckets = new TreeMap<>();

    public InMemoryNoticeSchedule(Duration bucket, Duration grace) {
        this.bucket = bucket;
        this.grace = grace;
    }

    @Override
    public synchronized Mono<Void> file(String caseId, Collection<Instant> at, Instant now) {
        for (Instant t : at) {
            long start = Math.floorDiv((t.isBefore(now) ? now : t).toEpochMilli(), bucket.toMillis()) * bucket.toMillis();
            buckets.computeIfAbsent(start, s -> new LinkedHashSet<>()).add(caseId);
        }
        return Mono.empty();
    }

    @Override
    public synchronized Flux<Bucket> due(Instant now) {
        var due = new ArrayList<Bucket>();
        buckets.forEach((start, ids) -> {
            if (start <= now.toEpochMilli()) {
                due.add(new Bucket("b:" + start, Instant.ofEpochMilli(start), Instant.ofEpochMilli(start).plus(bucket),
                        new ArrayList<>(ids)));
            }
        });
        return Flux.fromIterable(due);
    }

    @Override
    public synchronized Mono<Boolean> finish(Bucket b, Instant now) {
        if (now.isBefore(b.end().plus(grace))) {
            return Mono.just(false);
        }
        buckets.remove(b.start().toEpochMilli());
        return Mono.just(true);
    }

    /** How many buckets are still filed. */
    public synchronized int size() {
        return buckets.size();
    }
}
