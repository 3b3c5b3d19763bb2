package org.suqiu.notification.alert.infrastructure;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Sorts.descending;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertCriteria;
import org.suqiu.notification.alert.model.AlertKind;
import org.suqiu.notification.alert.model.AlertScope;
import org.suqiu.notification.alert.model.Alerts;
import org.suqiu.notification.alert.model.Deadline;
import org.suqiu.notification.alert.model.Severity;
import org.suqiu.notification.recipient.model.Recipient;
import org.suqiu.platform.mongo.MongoErrors;
import org.suqiu.platform.security.JurisdictionFilters;
import org.suqiu.platform.security.JurisdictionScope;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The alert inbox in the {@code alerts} collection: {@code _id} is the alert's natural key, so a
 * second insert of the same fact is a duplicate key and nothing else. Each alert also stores
 * {@code jurisdictionScope} (the significant digits of its division and those above) so that "within
 * 330400" is one indexed equality match.
 */
public class MongoAlerts implements Alerts {

    static final String COLLECTION = "alerts";

    private final MongoCollection<Document> alerts;

    public MongoAlerts(MongoDatabase database) {
        this.alerts = database.getCollection(COLLECTION);
    }

    /** Creates the indexes the inbox queries use; idempotent. */
    public Mono<Void> createIndexes() {
        return Flux.from(alerts.createIndexes(List.of(
                        new IndexModel(Indexes.descending("createdAt")),
                        new IndexModel(Indexes.ascending("trackingNo")),
                        new IndexModel(Indexes.ascending("caseId")),
                        new IndexModel(Indexes.compoundIndex(Indexes.ascending("recipients.id"), Indexes.descending("createdAt"))),
                        new IndexModel(Indexes.compoundIndex(Indexes.ascending("jurisdictionScope"), Indexes.descending("createdAt"))))))
                .then();
    }

    @Override
    public Mono<Boolean> addIfAbsent(Alert alert) {
        return Mono.from(alerts.insertOne(toDocument(alert)))
                .thenReturn(true)
                .onErrorResume(MongoErrors::isDuplicateKey, e -> Mono.just(false));
    }

    @Override
    public Mono<Alert> byId(String id) {
        return Mono.from(alerts.find(eq("_id", id)).first()).map(MongoAlerts::toAlert);
    }

    @Override
    public Mono<Alert> byId(String id, AlertScope scope) {
        return Mono.from(alerts.find(and(eq("_id", id), visibleIn(scope))).first()).map(MongoAlerts::toAlert);
    }

    @Override
    public Flux<Alert> find(AlertCriteria criteria, AlertScope scope) {
        return Flux.from(alerts.find(and(filter(criteria), visibleIn(scope)))
                        .sort(descending("createdAt", "_id"))
                        .limit(criteria.limit()))
                .map(MongoAlerts::toAlert);
    }

    @Override
    public Mono<Alert> acknowledge(String id, String by, Instant at, AlertScope scope) {
        return Mono.from(alerts.findOneAndUpdate(
                        and(eq("_id", id), visibleIn(scope), eq("acknowledgedAt", null)),
                        Updates.combine(Updates.set("acknowledgedAt", Date.from(at)), Updates.set("acknowledgedBy", by)),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                .map(MongoAlerts::toAlert)
                .switchIfEmpty(Mono.defer(() -> byId(id, scope)));
    }

    @Override
    public Mono<Void> scheduleRepeats(String id, Instant firstAt, Duration every) {
        return Mono.from(alerts.updateOne(and(eq("_id", id), eq("repeatEveryMs", null)),
                        Updates.combine(Updates.set("repeatEveryMs", every.toMillis()), Updates.set("nextRepeatAt", Date.from(firstAt)),
                                Updates.set("repeats", 0))))
                .then();
    }

    @Override
    public Mono<RepeatDue> claimDueRepeat(Instant now) {
        // two steps (read the interval, then compare-and-set the due time) keep it to plain updates
        return Mono.from(alerts.find(and(eq("acknowledgedAt", null), Filters.lte("nextRepeatAt", Date.from(now))))
                        .sort(Sorts.ascending("nextRepeatAt")).first())
                .flatMap(candidate -> {
                    Date due = candidate.getDate("nextRepeatAt");
                    long every = candidate.get("repeatEveryMs", Number.class).longValue();
                    Instant next = now.plusMillis(every);
                    return Mono.from(alerts.findOneAndUpdate(
                                    and(eq("_id", candidate.getString("_id")), eq("nextRepeatAt", due), eq("acknowledgedAt", null)),
                                    Updates.combine(Updates.set("nextRepeatAt", Date.from(next)), Updates.inc("repeats", 1)),
                                    new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)))
                            .map(d -> new RepeatDue(toAlert(d), d.get("repeats", Number.class).intValue()))
                            // another instance moved it first: look again
                            .switchIfEmpty(Mono.defer(() -> claimDueRepeat(now)));
                });
    }

    /** The scope as a query filter: own unit OR jurisdiction subtree; an empty scope matches nothing. */
    static Bson visibleIn(AlertScope scope) {
        List<Bson> any = new ArrayList<>();
        if (scope.unitId() != null) {
            any.add(eq("unitId", scope.unitId()));
        }
        if (scope.jurisdiction() != null) {
            any.add(JurisdictionFilters.within("jurisdictionCode", JurisdictionScope.of(scope.jurisdiction().value())));
        }
        if (any.isEmpty()) {
            return in("_id", List.of());
        }
        return any.size() == 1 ? any.get(0) : or(any);
    }

    private static Bson filter(AlertCriteria criteria) {
        List<Bson> filters = new ArrayList<>();
        if (criteria.jurisdiction() != null) {
            filters.add(eq("jurisdictionScope", criteria.jurisdiction().significantDigits()));
        }
        if (criteria.recipient() != null) {
            filters.add(eq("recipients.id", criteria.recipient()));
        }
        if (criteria.kind() != null) {
            filters.add(eq("kind", criteria.kind().name()));
        }
        if (criteria.trackingNo() != null) {
            filters.add(eq("trackingNo", criteria.trackingNo()));
        }
        if (criteria.caseId() != null) {
            filters.add(eq("caseId", criteria.caseId()));
        }
        if (criteria.unacknowledgedOnly()) {
            filters.add(eq("acknowledgedAt", null));
        }
        return filters.isEmpty() ? new Document() : and(filters);
    }

    static Document toDocument(Alert alert) {
        return new Document("_id", alert.id())
                .append("kind", alert.kind().name())
                .append("severity", alert.severity().name())
                .append("caseId", alert.caseId())
                .append("grievanceId", alert.grievanceId())
                .append("trackingNo", alert.trackingNo())
                .append("unitId", alert.unitId())
                .append("unitName", alert.unitName())
                .append("jurisdictionCode", alert.jurisdictionCode())
                .append("jurisdictionScope", alert.jurisdictionScope())
                .append("deadline", alert.deadline().name())
                .append("dueAt", date(alert.dueAt()))
                .append("level", alert.level())
                .append("recipients", alert.recipients().stream()
                        .map(r -> new Document("id", r.id()).append("name", r.name()).append("jurisdictionCode", r.jurisdictionCode()))
                        .toList())
                .append("message", alert.message())
                .append("detectedAt", date(alert.detectedAt()))
                .append("createdAt", date(alert.createdAt()))
                .append("acknowledgedAt", date(alert.acknowledgedAt()))
                .append("acknowledgedBy", alert.acknowledgedBy());
    }

    static Alert toAlert(Document d) {
        List<Recipient> recipients = d.getList("recipients", Document.class, List.of()).stream()
                .map(r -> new Recipient(r.getString("id"), r.getString("name"), r.getString("jurisdictionCode")))
                .toList();
        return new Alert(
                d.getString("_id"),
                AlertKind.valueOf(d.getString("kind")),
                Severity.valueOf(d.getString("severity")),
                d.getString("caseId"),
                d.getString("grievanceId"),
                d.getString("trackingNo"),
                d.getString("unitId"),
                d.getString("unitName"),
                d.getString("jurisdictionCode"),
                Deadline.valueOf(d.getString("deadline")),
                instant(d.getDate("dueAt")),
                d.getInteger("level", 0),
                recipients,
                d.getString("message"),
                instant(d.getDate("detectedAt")),
                instant(d.getDate("createdAt")),
                instant(d.getDate("acknowledgedAt")),
                d.getString("acknowledgedBy"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
