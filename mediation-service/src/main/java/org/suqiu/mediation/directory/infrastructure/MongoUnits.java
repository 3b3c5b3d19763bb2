package org.suqiu.mediation.directory.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import java.util.Collection;
import java.util.Date;

import org.bson.Document;
import org.suqiu.contracts.routing.UnitKind;
import org.suqiu.mediation.directory.model.Unit;
import org.suqiu.mediation.directory.model.Units;
import org.suqiu.platform.mongo.MongoErrors;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code units} collection, one document per unit id. An upsert matches only an older version:
 * when a newer or equal one is stored the upsert collides on {@code _id}, which means "stale".
 */
public class MongoUnits implements Units {

    static final String COLLECTION = "units";

    private final MongoCollection<Document> collection;

    public MongoUnits(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    @Override
    public Mono<Boolean> apply(Unit unit) {
        return Mono.from(collection.updateOne(
                        and(eq("_id", unit.unitId()), lt("version", unit.version())),
                        Updates.combine(
                                Updates.set("name", unit.name()),
                                Updates.set("kind", unit.kind() == null ? null : unit.kind().name()),
                                Updates.set("jurisdictionCode", unit.jurisdictionCode()),
                                Updates.set("parentUnitId", unit.parentUnitId()),
                                Updates.set("version", unit.version()),
                                Updates.set("changedAt", unit.changedAt() == null ? null : Date.from(unit.changedAt()))),
                        new UpdateOptions().upsert(true)))
                .map(result -> result.getModifiedCount() == 1 || result.getUpsertedId() != null)
                .onErrorResume(MongoErrors::isDuplicateKey, stale -> Mono.just(false));
    }

    @Override
    public Mono<Unit> byId(String unitId) {
        return Mono.from(collection.find(eq("_id", unitId)).first()).map(MongoUnits::toUnit);
    }

    @Override
    public Flux<Unit> byIds(Collection<String> unitIds) {
        if (unitIds.isEmpty()) {
            return Flux.empty();
        }
        return Flux.from(collection.find(in("_id", unitIds))).map(MongoUnits::toUnit);
    }

    private static Unit toUnit(Document doc) {
        String kind = doc.getString("kind");
        Date changedAt = doc.getDate("changedAt");
        return new Unit(doc.getString("_id"), doc.getString("name"), kind == null ? null : UnitKind.valueOf(kind),
                doc.getString("jurisdictionCode"), doc.getString("parentUnitId"), doc.get("version", Number.class).longValue(),
                changedAt == null ? null : changedAt.toInstant());
    }
}
