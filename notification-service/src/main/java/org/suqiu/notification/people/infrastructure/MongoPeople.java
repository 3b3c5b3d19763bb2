package org.suqiu.notification.people.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.suqiu.notification.jurisdiction.model.JurisdictionCode;
import org.suqiu.notification.people.model.ContactChannel;
import org.suqiu.notification.people.model.People;
import org.suqiu.notification.people.model.Person;
import org.suqiu.notification.people.model.PersonRole;
import org.suqiu.platform.mongo.MongoErrors;
import org.suqiu.platform.security.JurisdictionFilters;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The people directory in the {@code people} collection, one document per person id. Name, phone,
 * e-mail and WeChat openid are sealed with the platform {@link FieldCipher}, each bound to its field
 * ({@code person.phone} ...); role, unit and jurisdiction stay clear because the ladder queries them.
 */
public class MongoPeople implements People {

    static final String COLLECTION = "people";

    private final MongoCollection<Document> people;
    private final FieldCipher cipher;

    public MongoPeople(MongoDatabase database, FieldCipher cipher) {
        this.people = database.getCollection(COLLECTION);
        this.cipher = cipher;
    }

    /** The indexes the ladder's lookups use; idempotent. */
    public Mono<Void> createIndexes() {
        return Flux.from(people.createIndexes(List.of(
                        new IndexModel(Indexes.ascending("unitId", "role")),
                        new IndexModel(Indexes.ascending("jurisdictionCode", "role")))))
                .then();
    }

    @Override
    public Mono<Person> byId(String id) {
        return Mono.from(people.find(eq("_id", id)).first()).map(this::toPerson);
    }

    @Override
    public Mono<Boolean> addIfAbsent(Person person) {
        return Mono.from(people.insertOne(toDocument(person)))
                .thenReturn(true)
                .onErrorResume(MongoErrors::isDuplicateKey, e -> Mono.just(false));
    }

    @Override
    public Mono<Boolean> replace(Person person, long expectedVersion) {
        return Mono.from(people.replaceOne(and(eq("_id", person.id()), eq("version", expectedVersion)), toDocument(person)))
                .map(result -> result.getMatchedCount() == 1);
    }

    @Override
    public Mono<Boolean> remove(String id) {
        return Mono.from(people.deleteOne(eq("_id", id))).map(result -> result.getDeletedCount() == 1);
    }

    @Override
    public Flux<Person> find(JurisdictionCode area, PersonRole role, String unitId, int limit) {
        List<Bson> filters = new ArrayList<>();
        if (area != null) {
            filters.add(JurisdictionFilters.within("jurisdictionCode", JurisdictionScope.of(area.value())));
        }
        if (role != null) {
            filters.add(eq("role", role.name()));
        }
        if (unitId != null) {
            filters.add(eq("unitId", unitId));
        }
        return Flux.from(people.find(filters.isEmpty() ? new Document() : and(filters)).sort(Sorts.ascending("_id")).limit(limit))
                .map(this::toPerson);
    }

    @Override
    public Flux<Person> ofUnit(String unitId, PersonRole role) {
        return Flux.from(people.find(and(eq("unitId", unitId), eq("role", role.name()))).sort(Sorts.ascending("_id")))
                .map(this::toPerson);
    }

    @Override
    public Flux<Person> ofJurisdiction(JurisdictionCode code, PersonRole role) {
        return Flux.from(people.find(and(eq("jurisdictionCode", code.value()), eq("role", role.name())))
                        .sort(Sorts.ascending("_id")))
                .map(this::toPerson);
    }

    Document toDocument(Person p) {
        return new Document("_id", p.id())
                .append("name", cipher.encrypt(p.name(), "person.name"))
                .append("role", p.role().name())
                .append("unitId", p.unitId())
                .append("jurisdictionCode", p.jurisdictionCode())
                .append("phone", cipher.encrypt(p.phone(), "person.phone"))
                .append("email", cipher.encrypt(p.email(), "person.email"))
                .append("wechatOpenId", cipher.encrypt(p.wechatOpenId(), "person.wechatOpenId"))
                .append("preferredChannels", p.preferredChannels().stream().map(Enum::name).toList())
                .append("version", p.version())
                .append("updatedAt", p.updatedAt() == null ? null : Date.from(p.updatedAt()));
    }

    Person toPerson(Document d) {
        Date updatedAt = d.getDate("updatedAt");
        Number version = d.get("version", Number.class);
        return new Person(
                d.getString("_id"),
                cipher.decrypt(d.getString("name"), "person.name"),
                PersonRole.valueOf(d.getString("role")),
                d.getString("unitId"),
                d.getString("jurisdictionCode"),
                cipher.decrypt(d.getString("phone"), "person.phone"),
                cipher.decrypt(d.getString("email"), "person.email"),
                cipher.decrypt(d.getString("wechatOpenId"), "person.wechatOpenId"),
                d.getList("preferredChannels", String.class, List.of()).stream().map(ContactChannel::valueOf).toList(),
                version == null ? 0 : version.longValue(),
                updatedAt == null ? null : updatedAt.toInstant());
    }

    static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
