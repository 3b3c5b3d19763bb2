package org.suqiu.mediation.cases.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.gte;
import static org.suqiu.mediation.cases.infrastructure.CaseDocuments.deadlineField;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.cases.application.Now;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseChanged;
import org.suqiu.mediation.cases.model.CaseQuery;
import org.suqiu.mediation.cases.model.CaseScope;
import org.suqiu.mediation.cases.model.CaseState;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.cases.model.Deadline;
import org.suqiu.mediation.cases.model.DeadlineNotice;
import org.suqiu.mediation.cases.model.NoticeSchedule;
import org.suqiu.platform.mongo.MongoErrors;
import org.suqiu.platform.security.JurisdictionFilters;
import org.suqiu.platform.security.JurisdictionScope;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code cases} collection. Every change is one conditional single-document update that sets
 * the new state and pushes its events to the document's outbox, so state and events never part.
 * Before a change is written, the instants at which its new or moved clocks may owe a notice are
 * filed in the {@link NoticeSchedule} (harmless if the change then loses its race).
 */
public class MongoCases implements Cases {

    static final String COLLECTION = "cases";

    private final MongoCollection<Document> collection;
    private final CaseDocuments documents;
    private final Clock clock;
    private final NoticeSchedule schedule;
    private final List<Duration> overdueSteps;

    public MongoCases(MongoCollection<Document> collection, CaseDocuments documents, Clock clock, NoticeSchedule schedule,
            List<Duration> overdueSteps) {
        this.collection = collection;
        this.documents = documents;
        this.clock = clock;
        this.schedule = schedule;
        this.overdueSteps = List.copyOf(overdueSteps);
    }

    /** Creates the indexes: one case per grievance, the list filters, the relay's query. */
    public Mono<Void> createIndexes() {
        List<IndexModel> indexes = new ArrayList<>(List.of(
                new IndexModel(Indexes.ascending(CaseDocuments.GRIEVANCE_ID), new IndexOptions().unique(true)),
                new IndexModel(Indexes.ascending(CaseDocuments.TRACKING_NO)),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending(CaseDocuments.UNIT_ID, CaseDocuments.STATE),
                        Indexes.descending(CaseDocuments.OPENED_AT))),
                new IndexModel(Indexes.ascending(CaseDocuments.UNIT_ID, CaseDocuments.NEXT_DUE_AT)),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending(CaseDocuments.STATE),
                        Indexes.descending(CaseDocuments.OPENED_AT))),
                new IndexModel(Indexes.descending(CaseDocuments.OPENED_AT)),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending(CaseDocuments.JURISDICTION_CODE),
                        Indexes.descending(CaseDocuments.OPENED_AT))),
                new IndexModel(Indexes.ascending(CaseDocuments.OUTBOX + "." + CaseDocuments.EVENT_ID),
                        new IndexOptions().sparse(true))));
        return Flux.from(collection.createIndexes(indexes)).then();
    }

    /**
     * Files the notice instants of cases written before the notice schedule existed (no
     * {@code nextDueAt}), once: afterwards every change files its own. Completes with how many.
     */
    public Mono<Long> fileLegacyCases() {
        Instant now = Now.of(clock);
        return Flux.from(collection.find(exists(CaseDocuments.NEXT_DUE_AT, false)).projection(withoutOutbox()))
                .map(documents::toCase)
                .concatMap(legacy -> {
                    Set<Instant> times = new TreeSet<>();
                    legacy.deadlines().all().stream().filter(Deadline::isRunning).forEach(d -> times.addAll(d.noticeTimes(overdueSteps)));
                    Object nextDue = documents.mutableFields(legacy).get(CaseDocuments.NEXT_DUE_AT);
                    return (times.isEmpty() ? Mono.<Void>empty() : schedule.file(legacy.caseId(), times, now))
                            .then(Mono.from(collection.updateOne(eq(CaseDocuments.ID, legacy.caseId()),
                                    Updates.set(CaseDocuments.NEXT_DUE_AT, nextDue))));
                })
                .count();
    }

    @Override
    public Mono<Boolean> add(CaseChanged opened) {
        Instant now = Now.of(clock);
        Document doc = documents.toDocument(opened.after(), opened.events(), now);
        return file(opened)
                .then(Mono.from(collection.insertOne(doc)))
                .thenReturn(true)
                .onErrorResume(MongoErrors::isDuplicateKey, e -> Mono.just(false));
    }

    @Override
    public Mono<Case> byId(String caseId) {
        return Mono.from(collection.find(eq(CaseDocuments.ID, caseId)).projection(withoutOutbox()).first())
                .map(documents::toCase);
    }

    @Override
    public Mono<Case> byId(String caseId, CaseScope scope) {
        if (scope.isEmpty()) {
            return Mono.empty();
        }
        return Mono.from(collection.find(and(eq(CaseDocuments.ID, caseId), within(scope)))
                        .projection(withoutOutbox()).first())
                .map(documents::toCase);
    }

    @Override
    public Mono<Boolean> save(CaseChanged change) {
        Case after = change.after();
        Case before = change.before();
        Instant now = Now.of(clock);
        List<Bson> updates = new ArrayList<>();
        documents.mutableFields(after).forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.set(CaseDocuments.UPDATED_AT, CaseDocuments.date(now)));
        for (Deadline d : after.deadlines().all()) {
            Deadline old = before == null ? null : before.deadlines().find(d.kind()).orElse(null);
            if (old != null && old.generation() == d.generation() && before.round() == after.round()
                    && before.assignment().attempt() == after.assignment().attempt()) {
                // the watcher's marks on this clock stay as stored: it may have sent a notice since we read the case
                CaseDocuments.deadlineCore(d).forEach((field, value) ->
                        updates.add(Updates.set(deadlineField(d.kind(), field), value)));
            } else {
                updates.add(Updates.set(deadlineField(d.kind(), null), CaseDocuments.deadline(d)));
            }
        }
        updates.add(Updates.pushEach(CaseDocuments.TIMELINE,
                change.added().stream().map(CaseDocuments::timelineEntry).toList()));
        updates.add(Updates.pushEach(CaseDocuments.OUTBOX, documents.outboxEntries(change.events(), now)));
        Bson filter = and(eq(CaseDocuments.ID, after.caseId()), eq(CaseDocuments.VERSION, change.expectedVersion()));
        return file(change)
                .then(Mono.from(collection.updateOne(filter, Updates.combine(updates))))
                .map(result -> result.getMatchedCount() == 1);
    }

    /** Files the notice instants of the clocks this change started or moved. */
    private Mono<Void> file(CaseChanged change) {
        Set<Instant> times = new TreeSet<>();
        for (Deadline d : change.after().deadlines().all()) {
            Deadline old = change.before() == null ? null : change.before().deadlines().find(d.kind()).orElse(null);
            boolean moved = old == null || !old.dueAt().equals(d.dueAt()) || !old.warnAt().equals(d.warnAt())
                    || old.generation() != d.generation() || change.before().round() != change.after().round()
                    || change.before().assignment().attempt() != change.after().assignment().attempt();
            if (d.isRunning() && moved) {
                times.addAll(d.noticeTimes(overdueSteps));
            }
        }
        return times.isEmpty() ? Mono.empty() : schedule.file(change.after().caseId(), times, Now.of(clock));
    }

    @Override
    public Flux<Case> find(CaseQuery query) {
        if (query.scope().isEmpty()) {
            return Flux.empty();
        }
        List<Bson> filters = new ArrayList<>();
        filters.add(within(query.scope()));
        if (query.unitId() != null) {
            filters.add(eq(CaseDocuments.UNIT_ID, query.unitId()));
        }
        if (query.state() != null) {
            filters.add(eq(CaseDocuments.STATE, query.state().name()));
        }
        if (query.trackingNo() != null) {
            filters.add(eq(CaseDocuments.TRACKING_NO, query.trackingNo()));
        }
        if (query.byDueDate()) {
            filters.add(ne(CaseDocuments.NEXT_DUE_AT, null));
        }
        if (query.overdueAt() != null) {
            filters.add(lt(CaseDocuments.NEXT_DUE_AT, CaseDocuments.date(query.overdueAt())));
        }
        if (query.openedFrom() != null) {
            filters.add(gte(CaseDocuments.OPENED_AT, CaseDocuments.date(query.openedFrom())));
        }
        if (query.openedBefore() != null) {
            filters.add(lt(CaseDocuments.OPENED_AT, CaseDocuments.date(query.openedBefore())));
        }
        Bson sort = query.byDueDate()
                ? Sorts.ascending(CaseDocuments.NEXT_DUE_AT, CaseDocuments.ID)
                : Sorts.descending(CaseDocuments.OPENED_AT, CaseDocuments.ID);
        return Flux.from(collection.find(and(filters))
                        .projection(withoutOutbox())
                        .sort(sort)
                        .limit(query.limit()))
                .map(documents::toCase);
    }

    @Override
    public Mono<Boolean> record(Case aCase, DeadlineNotice notice) {
        DeadlineKind kind = notice.deadline();
        List<Bson> conditions = new ArrayList<>(List.of(
                eq(CaseDocuments.ID, aCase.caseId()),
                ne(CaseDocuments.STATE, "SUSPENDED"),
                eq(deadlineField(kind, "doneAt"), null),
                eq(deadlineField(kind, "generation"), notice.generation()),
                eq(deadlineField(kind, "dueAt"), CaseDocuments.date(notice.dueAt()))));
        List<Bson> updates = new ArrayList<>();
        if (notice.overdue()) {
            conditions.add(lt(deadlineField(kind, "overdueLevel"), notice.level()));
            updates.add(Updates.set(deadlineField(kind, "overdueLevel"), notice.level()));
        } else {
            conditions.add(eq(deadlineField(kind, "approachingNotifiedAt"), null));
            conditions.add(eq(deadlineField(kind, "overdueLevel"), 0));
            updates.add(Updates.set(deadlineField(kind, "approachingNotifiedAt"), CaseDocuments.date(notice.detectedAt())));
        }
        updates.add(Updates.push(CaseDocuments.TIMELINE, CaseDocuments.timelineEntry(notice.entry())));
        updates.add(Updates.push(CaseDocuments.OUTBOX, documents.outboxEntry(notice.event(), Now.of(clock))));
        return Mono.from(collection.findOneAndUpdate(and(conditions), Updates.combine(updates),
                        new FindOneAndUpdateOptions().projection(Projections.include(CaseDocuments.ID))
                                .returnDocument(ReturnDocument.AFTER)))
                .map(claimed -> true)
                .defaultIfEmpty(false);
    }

    /** The scope as a filter: the unit's cases, or those whose division lies in the jurisdiction's subtree, or both. */
    static Bson within(CaseScope scope) {
        List<Bson> reach = new ArrayList<>();
        if (scope.unitId() != null) {
            reach.add(eq(CaseDocuments.UNIT_ID, scope.unitId()));
        }
        if (scope.jurisdiction() != null) {
            reach.add(JurisdictionFilters.within(CaseDocuments.JURISDICTION_CODE, JurisdictionScope.of(scope.jurisdiction())));
        }
        if (reach.isEmpty()) {
            throw new IllegalArgumentException("an empty scope reaches nothing; do not query with it");
        }
        return reach.size() == 1 ? reach.get(0) : or(reach);
    }

    private static Bson withoutOutbox() {
        return Projections.exclude(CaseDocuments.OUTBOX);
    }
}
