package org.suqiu.notification.delivery.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.suqiu.notification.delivery.model.Attempt;
import org.suqiu.notification.delivery.model.Deliveries;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.notification.delivery.model.DeliveryStatus;
import org.suqiu.notification.delivery.model.Purpose;
import org.suqiu.notification.people.model.ContactChannel;
import org.suqiu.notification.jurisdiction.model.JurisdictionCode;
import org.suqiu.platform.mongo.MongoErrors;
import org.suqiu.platform.security.JurisdictionFilters;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.crypto.FieldCipher;

import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The outbox of messages in the {@code deliveries} collection, one document per delivery (its natural
 * id), with its attempts inside: every state change is one single-document update, so claiming
 * (findOneAndUpdate with a lease) is atomic without transactions. Destination and text are sealed with
 * the {@link FieldCipher} (a citizen's phone and the answer are personal data).
 */
public class MongoDeliveries implements Deliveries {

    static final String COLLECTION = "deliveries";

    private final MongoCollection<Document> deliveries;
    private final FieldCipher cipher;

    public MongoDeliveries(MongoDatabase database, FieldCipher cipher) {
        this.deliveries = database.getCollection(COLLECTION);
        this.cipher = cipher;
    }

    public Mono<Void> createIndexes() {
        return Flux.from(deliveries.createIndexes(List.of(
                        new IndexModel(Indexes.ascending("status", "nextAttemptAt")),
                        new IndexModel(Indexes.ascending("sourceId", "createdAt")))))
                .then();
    }

    @Override
    public Mono<Boolean> addIfAbsent(Delivery delivery) {
        return Mono.from(deliveries.insertOne(toDocument(delivery)))
                .thenReturn(true)
                .onErrorResume(MongoErrors::isDuplicateKey, e -> Mono.just(false));
    }

    @Override
    public Mono<Delivery> claimDue(Instant now, Duration lease, String owner) {
        Date at = Date.from(now);
        return Mono.from(deliveries.findOneAndUpdate(
                        or(and(eq("status", DeliveryStatus.PENDING.name()), lte("nextAttemptAt", at)),
                                and(eq("status", DeliveryStatus.SENDING.name()), lt("leaseUntil", at))),
                        Updates.combine(Updates.set("status", DeliveryStatus.SENDING.name()),
                                Updates.set("leaseOwner", owner),
                                Updates.set("leaseUntil", Date.from(now.plus(lease)))),
                        new FindOneAndUpdateOptions().sort(Sorts.ascending("nextAttemptAt")).returnDocument(ReturnDocument.AFTER)))
                .map(this::toDelivery);
    }

    @Override
    public Mono<Boolean> markSent(String id, String owner, Attempt attempt) {
        return Mono.from(deliveries.updateOne(and(eq("_id", id), eq("status", DeliveryStatus.SENDING.name()), eq("leaseOwner", owner)),
                        Updates.combine(Updates.set("status", DeliveryStatus.SENT.name()),
                                Updates.set("providerId", attempt.providerId()),
                                Updates.set("sentAt", Date.from(attempt.at())),
                                Updates.set("lastError", null),
                                Updates.set("leaseUntil", null),
                                Updates.inc("attemptCount", 1),
                                Updates.push("attempts", attempt(attempt)))))
                .map(result -> result.getModifiedCount() == 1);
    }

    @Override
    public Mono<Boolean> markFailed(String id, String owner, Attempt attempt, Instant retryAt) {
        DeliveryStatus next = retryAt == null ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        return Mono.from(deliveries.updateOne(and(eq("_id", id), eq("status", DeliveryStatus.SENDING.name()), eq("leaseOwner", owner)),
                        Updates.combine(Updates.set("status", next.name()),
                                Updates.set("nextAttemptAt", retryAt == null ? null : Date.from(retryAt)),
                                Updates.set("lastError", attempt.error()),
                                Updates.set("leaseUntil", null),
                                Updates.inc("attemptCount", 1),
                                Updates.push("attempts", attempt(attempt)))))
                .map(result -> result.getModifiedCount() == 1);
    }

    @Override
    public Mono<Delivery> byId(String id) {
        return Mono.from(deliveries.find(eq("_id", id)).first()).map(this::toDelivery);
    }

    @Override
    public Flux<Delivery> ofSource(String sourceId, JurisdictionCode area) {
        return Flux.from(deliveries.find(and(eq("sourceId", sourceId),
                                JurisdictionFilters.within("jurisdictionCode", JurisdictionScope.of(area.value())))).sort(Sorts.ascending("createdAt", "_id"))).map(this::toDelivery);
    }

    private static Document attempt(Attempt a) {
        return new Document("number", a.number()).append("at", Date.from(a.at())).append("outcome", a.outcome())
                .append("error", a.error()).append("providerId", a.providerId());
    }

    Document toDocument(Delivery d) {
        return new Document("_id", d.id())
                .append("purpose", d.purpose().name())
                .append("sourceId", d.sourceId())
                .append("round", d.round())
                .append("recipientId", d.recipientId())
                .append("channel", d.channel().name())
                .append("destination", cipher.encrypt(d.destination(), "delivery.destination"))
                .append("subject", d.subject())
                .append("text", cipher.encrypt(d.text(), "delivery.text"))
                .append("params", new Document(new LinkedHashMap<>(d.params())))
                .append("inReplyTo", d.inReplyTo())
                .append("fallbacks", d.fallbacks().stream().map(Enum::name).toList())
                .append("trackingNo", d.trackingNo())
                .append("jurisdictionCode", d.jurisdictionCode())
                .append("status", d.status().name())
                .append("attemptCount", d.attemptCount())
                .append("nextAttemptAt", date(d.nextAttemptAt()))
                .append("providerId", d.providerId())
                .append("lastError", d.lastError())
                .append("attempts", d.attempts().stream().map(MongoDeliveries::attempt).toList())
                .append("createdAt", date(d.createdAt()))
                .append("sentAt", date(d.sentAt()));
    }

    Delivery toDelivery(Document d) {
        Map<String, String> params = new LinkedHashMap<>();
        Document stored = d.get("params", Document.class);
        if (stored != null) {
            stored.forEach((key, value) -> params.put(key, value == null ? null : value.toString()));
        }
        List<Attempt> attempts = d.getList("attempts", Document.class, List.of()).stream()
                .map(a -> new Attempt(a.getInteger("number", 0), instant(a.getDate("at")), a.getString("outcome"),
                        a.getString("error"), a.getString("providerId")))
                .toList();
        return new Delivery(
                d.getString("_id"),
                Purpose.valueOf(d.getString("purpose")),
                d.getString("sourceId"),
                d.getInteger("round", 0),
                d.getString("recipientId"),
                ContactChannel.valueOf(d.getString("channel")),
                cipher.decrypt(d.getString("destination"), "delivery.destination"),
                d.getString("subject"),
                cipher.decrypt(d.getString("text"), "delivery.text"),
                params,
                d.getString("inReplyTo"),
                d.getList("fallbacks", String.class, List.of()).stream().map(ContactChannel::valueOf).toList(),
                d.getString("trackingNo"),
                d.getString("jurisdictionCode"),
                DeliveryStatus.valueOf(d.getString("status")),
                d.getInteger("attemptCount", 0),
                instant(d.getDate("nextAttemptAt")),
                d.getString("providerId"),
                d.getString("lastError"),
                attempts,
                instant(d.getDate("createdAt")),
                instant(d.getDate("sentAt")));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
