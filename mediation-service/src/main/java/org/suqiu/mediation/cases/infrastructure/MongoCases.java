package org.suqiu.mediation.cases.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;
import static org.suqiu.mediation.cases.infrastructure.CaseDocuments.deadlineField;

import java.time.Clock;
import java.time.Instant;
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
import org.suqiu.mediation.cases.model.DeadlineNotice;
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
 */
public class MongoCases implements Cases {

    static final String COLLECTION = "cases";

    private final MongoCollection<Document> collection;
    private final CaseDocuments documents;
    private final Clock clock;

    public MongoCases(MongoCollection<Document> collection, CaseDocuments documents, Clock clock) {
        this.collection = collection;
        this.documents = documents;
        this.clock = clock;
    }

    /** Creates the indexes: one case per grievance, the list filters, the watcher's and the relay's queries. */
    public Mono<Void> createIndexes() {
        List<IndexModel> indexes = new ArrayList<>(List.of(
                new IndexModel(Indexes.ascending(CaseDocuments.GRIEVANCE_ID), new IndexOptions().unique(true)),
                new IndexModel(Indexes.ascending(CaseDocuments.TRACKING_NO)),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending(CaseDocuments.UNIT_ID, CaseDocuments.STATE),
                        Indexes.descending(CaseDocuments.OPENED_AT))),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending(CaseDocuments.STATE),
                        Indexes.descending(CaseDocuments.OPENED_AT))),
                new IndexModel(Indexes.descending(CaseDocuments.OPENED_AT)),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending(CaseDocuments.JURISDICTION_CODE),
                        Indexes.descending(CaseDocuments.OPENED_AT))),
                new IndexModel(Indexes.ascending(CaseDocuments.OUTBOX + "." + CaseDocuments.EVENT_ID),
                        new IndexOptions().sparse(true))));
        for (DeadlineKind kind : DeadlineKind.values()) {
            indexes.add(new IndexModel(Indexes.ascending(CaseDocuments.STATE, deadlineField(kind, "warnAt"))));
        }
        return Flux.from(collection.createIndexes(indexes)).then();
    }

    @Override
    public Mono<Boolean> add(CaseChanged opened) {
        Document doc = documents.toDocument(opened.after(), opened.events(), Now.of(clock));
        return Mono.from(collection.insertOne(doc))
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
        List<Bson> updates = new ArrayList<>();
        updates.add(Updates.set(CaseDocuments.STATE, after.state().name()));
        updates.add(Updates.set(CaseDocuments.VERSION, after.version()));
        updates.add(Updates.set(CaseDocuments.UPDATED_AT, CaseDocuments.date(Now.of(clock))));
        documents.stepFields(after).forEach((field, value) -> updates.add(Updates.set(field, value)));
        updates.add(Updates.pushEach(CaseDocuments.TIMELINE,
                change.added().stream().map(CaseDocuments::timelineEntry).toList()));
        updates.add(Updates.pushEach(CaseDocuments.OUTBOX, documents.outboxEntries(change.events(), Now.of(clock))));
        Bson filter = and(eq(CaseDocuments.ID, after.caseId()), eq(CaseDocuments.VERSION, change.expectedVersion()));
        return Mono.from(collection.updateOne(filter, Updates.combine(updates)))
                .map(result -> result.getMatchedCount() == 1);
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
        Bson filter = and(filters);
        return Flux.from(collection.find(filter)
                        .projection(withoutOutbox())
                        .sort(Sorts.descending(CaseDocuments.OPENED_AT, CaseDocuments.ID))
                        .limit(query.limit()))
                .map(documents::toCase);
    }

    @Override
    public Flux<Case> owingNotice(DeadlineKind kind, Instant now, int limit) {
        Bson filter = and(
                in(CaseDocuments.STATE, stateNames(kind)),
                exists(deadlineField(kind, "overdueNotifiedAt"), false),
                or(and(exists(deadlineField(kind, "approachingNotifiedAt"), false),
                                lte(deadlineField(kind, "warnAt"), CaseDocuments.date(now))),
                        lt(deadlineField(kind, "dueAt"), CaseDocuments.date(now))));
        return Flux.from(collection.find(filter)
                        .projection(withoutOutbox())
                        .sort(Sorts.ascending(deadlineField(kind, "dueAt")))
                        .limit(limit))
                .map(documents::toCase);
    }

    @Override
    public Mono<Boolean> record(Case aCase, DeadlineNotice notice) {
        DeadlineKind kind = notice.deadline();
        List<Bson> conditions = new ArrayList<>(List.of(
                eq(CaseDocuments.ID, aCase.caseId()),
                in(CaseDocuments.STATE, stateNames(kind)),
                exists(deadlineField(kind, "overdueNotifiedAt"), false)));
        List<Bson> updates = new ArrayList<>();
        if (notice.overdue()) {
            updates.add(Updates.set(deadlineField(kind, "overdueNotifiedAt"), CaseDocuments.date(notice.detectedAt())));
            updates.add(Updates.set(deadlineField(kind, "overdueLevel"), notice.level()));
        } else {
            conditions.add(exists(deadlineField(kind, "approachingNotifiedAt"), false));
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

    private static List<String> stateNames(DeadlineKind kind) {
        return CaseState.awaiting(kind).stream().map(Enum::name).toList();
    }

    private static Bson withoutOutbox() {
        return Projections.exclude(CaseDocuments.OUTBOX);
    }
}
