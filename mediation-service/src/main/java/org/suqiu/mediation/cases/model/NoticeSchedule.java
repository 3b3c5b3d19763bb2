package org.suqiu.mediation.cases.model;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * When the deadline watcher must look at which case (督办时钟): instants filed in time buckets, so a
 * watcher round reads only the buckets that have come due, never all open cases. Filing is
 * idempotent; a filed instant that no longer matters (step done, clock moved) finds nothing owed.
 */
public interface NoticeSchedule {

    /** Files the case under each instant (an instant already past goes to the current bucket). */
    Mono<Void> file(String caseId, Collection<Instant> at, Instant now);

    /** The buckets that started at or before {@code now} and are not finished, oldest first. */
    Flux<Bucket> due(Instant now);

    /** Drops a bucket once all its instants lie well in the past (its cases were all looked at); false if too early. */
    Mono<Boolean> finish(Bucket bucket, Instant now);

    /** One time bucket: the cases filed under instants in {@code [start, end)}. */
    record Bucket(String id, Instant start, Instant end, List<String> caseIds) {
        public Bucket {
            caseIds = List.copyOf(caseIds);
        }
    }
}
