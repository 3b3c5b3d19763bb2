package org.suqiu.platform.security.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.suqiu.platform.mongo.MongoErrors;
import org.suqiu.platform.security.Role;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The append-only audit trail of a service, kept in its own database's {@code audit} collection:
 * it inserts entries and reads them back by resource, and never updates or deletes one. Who may
 * read a resource's trail is the service's decision (those who may see the resource).
 */
public class AuditTrail {

    public static final String COLLECTION = "audit";

    private final MongoCollection<Document> audit;
    private final Clock clock;
    private final AtomicBoolean indexed = new AtomicBoolean();

    public AuditTrail(MongoDatabase database, Clock clock) {
        this.audit = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** Creates the index the queries use; {@link #record} also does so once, on first use. */
    public Mono<Void> ensureIndexes() {
        return Mono.from(audit.createIndex(Indexes.ascending("resourceId", "resourceType", "at"),
                        new IndexOptions().name("resource_at")))
                .doOnSuccess(name -> indexed.set(true))
                .then();
    }

    /**
     * Appends {@code entry}, filling in a random id and the clock's time where they are missing.
     * An entry whose id is already stored is not written again (the stored one stays as it was);
     * the answer is the entry as recorded.
     */
    public Mono<AuditEntry> record(AuditEntry entry) {
        AuditEntry complete = entry
                .withId(entry.id() == null ? UUID.randomUUID().toString() : entry.id())
                .at(entry.at() == null ? Instant.now(clock) : entry.at());
        Mono<Void> index = Mono.defer(() -> indexed.get() ? Mono.empty() : ensureIndexes());
        return index
                .then(Mono.from(audit.insertOne(toDocument(complete))))
                .thenReturn(complete)
                .onErrorResume(MongoErrors::isDuplicateKey, duplicate -> Mono.just(complete));
    }

    /** The trail of one resource, oldest first. */
    public Flux<AuditEntry> ofResource(String resourceType, String resourceId) {
        return find(Filters.and(Filters.eq("resourceId", resourceId), Filters.eq("resourceType", resourceType)));
    }

    /** The trail of every resource with this id (whatever its type), oldest first. */
    public Flux<AuditEntry> ofResource(String resourceId) {
        return find(Filters.eq("resourceId", resourceId));
    }

    private Flux<AuditEntry> find(Bson filter) {
        return Flux.from(audit.find(filter).sort(Sorts.ascending("at", "_id"))).map(AuditTrail::fromDocument);
    }

    static Document toDocument(AuditEntry entry) {
        AuditEntry.Actor actor = entry.actor();
        Document who = new Document("subject", actor.subject())
                .append("name", actor.name())
                .append("roles", List.copyOf(actor.roleNames()))
                .append("unitId", actor.unitId());
        return new Document("_id", entry.id())
                .append("at", Date.from(entry.at()))
                .append("actor", who)
                .append("action", entry.action())
                .append("resourceType", entry.resourceType())
                .append("resourceId", entry.resourceId())
                .append("reason", entry.reason())
                .append("details", new Document(entry.details()));
    }

    static AuditEntry fromDocument(Document doc) {
        Document who = doc.get("actor", Document.class);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : who.getList("roles", Object.class, List.of())) {
            Role.parse(String.valueOf(name)).ifPresent(roles::add);
        }
        AuditEntry.Actor actor = new AuditEntry.Actor(who.getString("subject"), who.getString("name"), roles,
                who.getString("unitId"));
        Map<String, String> details = new LinkedHashMap<>();
        Document stored = doc.get("details", Document.class);
        if (stored != null) {
            stored.forEach((key, value) -> {
                if (value != null) {
                    details.put(key, String.valueOf(value));
                }
            });
        }
        return new AuditEntry(doc.getString("_id"), doc.getDate("at").toInstant(), actor, doc.getString("action"),
                doc.getString("resourceType"), doc.getString("resourceId"), doc.getString("reason"), details);
    }
}
