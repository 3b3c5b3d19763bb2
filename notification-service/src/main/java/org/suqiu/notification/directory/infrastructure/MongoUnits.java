package org.suqiu.notification.directory.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.suqiu.notification.directory.model.Unit;
import org.suqiu.notification.directory.model.Units;
import org.suqiu.platform.mongo.MongoErrors;

import com.mongodb.client.model.UpdateOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Mono;

/**
 * The unit directory copy in the {@code units} collection, one document per unit id. "Only if
 * newer" is one conditional upsert: when a copy with the same or a higher version exists, the filter
 * misses and the upsert's insert hits the {@code _id} — a duplicate key, i.e. a stale change.
 */
public class MongoUnits implements Units {

    static final String COLLECTION = "units";

    private final MongoCollection<Document> units;

    public MongoUnits(MongoDatabase database) {
        this.units = database.getCollection(COLLECTION);
    }

    @Override
    public Mono<Boolean> recordIfNewer(Unit unit) {
        Document fields = new Document("name", unit.name())
                .append("kind", unit.kind())
                .append("jurisdictionCode", unit.jurisdictionCode())
                .append("parentUnitId", unit.parentUnitId())
                .append("escalationContacts", unit.escalationContacts())
                .append("version", unit.version())
                .append("changedAt", unit.changedAt() == null ? null : Date.from(unit.changedAt()));
        return Mono.from(units.updateOne(
                        and(eq("_id", unit.unitId()), lt("version", unit.version())),
                        new Document("$set", fields),
                        new UpdateOptions().upsert(true)))
                .thenReturn(true)
                .onErrorResume(MongoErrors::isDuplicateKey, e -> Mono.just(false));
    }

    @Override
    public Mono<Unit> byId(String unitId) {
        return Mono.from(units.find(eq("_id", unitId)).first()).map(MongoUnits::unit);
    }

    private static Unit unit(Document d) {
        Date changedAt = d.getDate("changedAt");
        Number version = d.get("version", Number.class);
        return new Unit(
                d.getString("_id"),
                d.getString("name"),
                d.getString("kind"),
                d.getString("jurisdictionCode"),
                d.getString("parentUnitId"),
                d.getList("escalationContacts", String.class, List.of()),
                version == null ? 0 : version.longValue(),
                changedAt == null ? null : changedAt.toInstant());
    }
}
