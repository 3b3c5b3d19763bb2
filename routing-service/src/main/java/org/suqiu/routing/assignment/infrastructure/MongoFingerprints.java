package org.suqiu.routing.assignment.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.suqiu.platform.security.JurisdictionFilters;
import org.suqiu.routing.assignment.application.DecisionScope;
import org.suqiu.routing.assignment.application.Fingerprints;
import org.suqiu.routing.assignment.model.Matter;
import org.suqiu.routing.assignment.model.TextFingerprint;
import org.suqiu.routing.classification.model.SparseVector;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Fingerprints in {@code fingerprints} ({@code _id} = grievance id: the citizen's keyed hash, the
 * jurisdiction, the time and the TF-IDF vector as feature indexes and weights, no text) and merged
 * matters in {@code matters} ({@code _id} = the first grievance, members added to a set, so a
 * redelivery counts nothing twice).
 */
public class MongoFingerprints implements Fingerprints {

    private final MongoCollection<Document> fingerprints;
    private final MongoCollection<Document> matters;

    public MongoFingerprints(MongoDatabase database) {
        this.fingerprints = database.getCollection("fingerprints");
        this.matters = database.getCollection("matters");
    }

    public Mono<Void> createIndexes() {
        return Mono.from(fingerprints.createIndex(Indexes.compoundIndex(Indexes.ascending("citizenKey"), Indexes.descending("receivedAt")),
                        new IndexOptions().name("citizen_receivedAt")))
                .then(Mono.from(fingerprints.createIndex(Indexes.compoundIndex(Indexes.ascending("jurisdictionCode"),
                        Indexes.descending("receivedAt")), new IndexOptions().name("jurisdiction_receivedAt"))))
                .then(Mono.from(matters.createIndex(Indexes.descending("lastAt"), new IndexOptions().name("lastAt"))))
                .then();
    }

    @Override
    public Flux<TextFingerprint> candidates(String citizenKey, Instant citizenSince, String jurisdictionCode,
                                            Instant jurisdictionSince) {
        List<Bson> any = new ArrayList<>();
        if (citizenKey != null) {
            any.add(Filters.and(Filters.eq("citizenKey", citizenKey), Filters.gte("receivedAt", Date.from(citizenSince))));
        }
        if (jurisdictionCode != null) {
            any.add(Filters.and(Filters.eq("jurisdictionCode", jurisdictionCode),
                    Filters.gte("receivedAt", Date.from(jurisdictionSince))));
        }
        if (any.isEmpty()) {
            return Flux.empty();
        }
        return Flux.from(fingerprints.find(any.size() == 1 ? any.get(0) : Filters.or(any))
                        .sort(Sorts.descending("receivedAt")).limit(2000))
                .map(MongoFingerprints::fromDocument);
    }

    @Override
    public Mono<Void> add(TextFingerprint f) {
        return Mono.from(fingerprints.replaceOne(Filters.eq("_id", f.grievanceId()), toDocument(f), new ReplaceOptions().upsert(true)))
                .then();
    }

    @Override
    public Mono<Void> merge(TextFingerprint root, TextFingerprint member) {
        Date at = Date.from(member.receivedAt());
        return Mono.from(matters.updateOne(Filters.eq("_id", root.grievanceId()), Updates.combine(
                        Updates.setOnInsert("rootTrackingNo", root.trackingNo()),
                        Updates.setOnInsert("jurisdictionCode", root.jurisdictionCode()),
                        Updates.setOnInsert("firstAt", Date.from(root.receivedAt())),
                        Updates.addToSet("members", root.grievanceId()),
                        Updates.max("lastAt", at)), new UpdateOptions().upsert(true)))
                .then(Mono.from(matters.updateOne(Filters.eq("_id", root.grievanceId()), Updates.addToSet("members", member.grievanceId()))))
                .then();
    }

    @Override
    public Flux<Matter> matters(Instant since, DecisionScope scope, int limit) {
        List<Bson> any = new ArrayList<>();
        scope.area().ifPresent(area -> any.add(JurisdictionFilters.within("jurisdictionCode", area)));
        if (any.isEmpty()) {
            return Flux.empty();
        }
        return Flux.from(matters.find(Filters.and(Filters.gte("lastAt", Date.from(since)), any.get(0))).limit(2000))
                .map(d -> new Matter(d.getString("_id"), d.getString("rootTrackingNo"), d.getString("jurisdictionCode"),
                        d.getList("members", String.class, List.of()).size(), instant(d.getDate("firstAt")),
                        instant(d.getDate("lastAt"))))
                .sort((a, b) -> b.count() != a.count() ? Integer.compare(b.count(), a.count()) : b.lastAt().compareTo(a.lastAt()))
                .take(limit);
    }

    static Document toDocument(TextFingerprint f) {
        List<Integer> indexes = new ArrayList<>(f.vector().size());
        List<Double> values = new ArrayList<>(f.vector().size());
        for (int i = 0; i < f.vector().size(); i++) {
            indexes.add(f.vector().indexes()[i]);
            values.add((double) f.vector().values()[i]);
        }
        return new Document("_id", f.grievanceId())
                .append("trackingNo", f.trackingNo())
                .append("citizenKey", f.citizenKey())
                .append("jurisdictionCode", f.jurisdictionCode())
                .append("receivedAt", f.receivedAt() == null ? null : Date.from(f.receivedAt()))
                .append("features", indexes)
                .append("weights", values)
                .append("rootGrievanceId", f.rootGrievanceId())
                .append("rootTrackingNo", f.rootTrackingNo());
    }

    static TextFingerprint fromDocument(Document d) {
        List<Integer> indexes = d.getList("features", Integer.class, List.of());
        List<Double> values = d.getList("weights", Double.class, List.of());
        int[] idx = new int[indexes.size()];
        float[] val = new float[indexes.size()];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = indexes.get(i);
            val[i] = values.get(i).floatValue();
        }
        return new TextFingerprint(d.getString("_id"), d.getString("trackingNo"), d.getString("citizenKey"),
                d.getString("jurisdictionCode"), instant(d.getDate("receivedAt")), new SparseVector(idx, val),
                Optional.ofNullable(d.getString("rootGrievanceId")).orElse(d.getString("_id")),
                Optional.ofNullable(d.getString("rootTrackingNo")).orElse(d.getString("trackingNo")));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
