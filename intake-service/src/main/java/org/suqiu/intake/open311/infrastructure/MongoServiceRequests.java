package org.suqiu.intake.open311.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.suqiu.intake.open311.application.ServiceRequests;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Open311 requests in {@code open311_requests}, one document each, {@code _id} = the tracking
 * number; nothing personal is stored here (the address is already cut).
 */
public class MongoServiceRequests implements ServiceRequests {

    public static final String COLLECTION = "open311_requests";

    private final MongoCollection<Document> collection;
    private final Mono<Void> indexes;

    public MongoServiceRequests(MongoDatabase database) {
        this.collection = database.getCollection(COLLECTION);
        this.indexes = Flux.concat(collection.createIndex(Indexes.descending("requestedAt"), new IndexOptions().name("requested")))
                .then()
                .cache(done -> Duration.ofMillis(Long.MAX_VALUE), error -> Duration.ZERO, () -> Duration.ofMillis(Long.MAX_VALUE));
    }

    @Override
    public Mono<Void> add(Reported request) {
        Document document = new Document("_id", request.serviceRequestId())
                .append("grievanceId", request.grievanceId())
                .append("serviceCode", request.serviceCode())
                .append("lat", request.lat())
                .append("long", request.lng())
                .append("address", request.maskedAddress())
                .append("mediaUrl", request.mediaUrl())
                .append("jurisdictionId", request.jurisdictionId())
                .append("requestedAt", Date.from(request.requestedAt()));
        return indexes.then(Mono.from(collection.insertOne(document))).then();
    }

    @Override
    public Mono<Reported> find(String serviceRequestId, String jurisdictionId) {
        return Mono.from(collection.find(and(eq("_id", serviceRequestId), jurisdiction(jurisdictionId))).first())
                .map(MongoServiceRequests::reported);
    }

    @Override
    public Flux<Reported> find(List<String> ids, List<String> serviceCodes, Instant from, Instant to, String jurisdictionId,
            int limit) {
        List<Bson> filters = new ArrayList<>();
        filters.add(jurisdiction(jurisdictionId));
        if (!ids.isEmpty()) {
            filters.add(in("_id", ids));
        }
        if (!serviceCodes.isEmpty()) {
            filters.add(in("serviceCode", serviceCodes));
        }
        if (from != null) {
            filters.add(gte("requestedAt", Date.from(from)));
        }
        if (to != null) {
            filters.add(lte("requestedAt", Date.from(to)));
        }
        return Flux.from(collection.find(and(filters)).sort(Sorts.descending("requestedAt")).limit(limit))
                .map(MongoServiceRequests::reported);
    }

    /** A request reported without a jurisdiction_id belongs to every configured one. */
    private static Bson jurisdiction(String jurisdictionId) {
        return jurisdictionId == null ? Filters.empty()
                : Filters.or(eq("jurisdictionId", jurisdictionId), eq("jurisdictionId", null));
    }

    private static Reported reported(Document document) {
        Date at = document.getDate("requestedAt");
        return new Reported(document.getString("_id"), document.getString("grievanceId"), document.getString("serviceCode"),
                number(document, "lat"), number(document, "long"), document.getString("address"),
                document.getString("mediaUrl"), document.getString("jurisdictionId"), at == null ? null : at.toInstant());
    }

    private static Double number(Document document, String field) {
        Number value = document.get(field, Number.class);
        return value == null ? null : value.doubleValue();
    }
}
