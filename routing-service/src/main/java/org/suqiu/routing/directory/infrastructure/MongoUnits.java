package org.suqiu.routing.directory.infrastructure;

import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.suqiu.platform.mongo.MongoErrors;
import org.suqiu.routing.directory.application.Units;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.directory.model.UnitKind;
import org.suqiu.routing.directory.model.VersionedUnit;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The directory in the {@code units} collection: {@code _id} = unit id, with {@code version}. */
public class MongoUnits implements Units {

    static final String COLLECTION = "units";

    private final MongoCollection<Document> units;

    public MongoUnits(MongoDatabase database) {
        this.units = database.getCollection(COLLECTION);
    }

    /** Creates the indexes the queries need; safe to call at every start. */
    public Mono<Void> createIndexes() {
        return Mono.from(units.createIndex(Indexes.ascending("jurisdictionCode"))).then();
    }

    @Override
    public Mono<VersionedUnit> byId(String unitId) {
        return Mono.from(units.find(Filters.eq("_id", unitId)).first()).map(MongoUnits::fromDocument);
    }

    @Override
    public Flux<VersionedUnit> all(String jurisdictionCode) {
        Bson filter = jurisdictionCode == null ? new Document() : Filters.eq("jurisdictionCode", jurisdictionCode);
        return Flux.from(units.find(filter).sort(Sorts.ascending("_id"))).map(MongoUnits::fromDocument);
    }

    @Override
    public Mono<Boolean> add(VersionedUnit unit) {
        return Mono.from(units.insertOne(toDocument(unit)))
                .thenReturn(true)
                .onErrorResume(MongoErrors::isDuplicateKey, e -> Mono.just(false));
    }

    @Override
    public Mono<Boolean> replace(VersionedUnit unit, long expectedVersion) {
        return Mono.from(units.replaceOne(Filters.and(Filters.eq("_id", unit.id()), Filters.eq("version", expectedVersion)),
                        toDocument(unit)))
                .map(result -> result.getMatchedCount() == 1);
    }

    static Document toDocument(VersionedUnit versioned) {
        Unit unit = versioned.unit();
        return new Document("_id", unit.id())
                .append("name", unit.name())
                .append("kind", unit.kind().name())
                .append("jurisdictionCode", unit.jurisdictionCode())
                .append("parentUnitId", unit.parentUnitId())
                .append("escalationContacts", unit.escalationContacts())
                .append("version", versioned.version())
                .append("changedAt", java.util.Date.from(versioned.changedAt()));
    }

    static VersionedUnit fromDocument(Document doc) {
        List<String> contacts = doc.getList("escalationContacts", String.class, List.of());
        Unit unit = new Unit(doc.getString("_id"), doc.getString("name"), UnitKind.valueOf(doc.getString("kind")),
                doc.getString("jurisdictionCode"), doc.getString("parentUnitId"), contacts);
        return new VersionedUnit(unit, ((Number) doc.get("version")).longValue(), doc.getDate("changedAt").toInstant());
    }
}
