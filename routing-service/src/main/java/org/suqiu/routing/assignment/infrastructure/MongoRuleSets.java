package org.suqiu.routing.assignment.infrastructure;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.suqiu.platform.mongo.MongoErrors;
import org.suqiu.routing.assignment.application.RuleSets;
import org.suqiu.routing.assignment.model.RoutingRule;
import org.suqiu.routing.assignment.model.RuleSetVersion;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The rule-set versions in the {@code rulesets} collection, {@code _id} = version number, each a
 * whole snapshot of the rules: the unique id lets only one change take a version number.
 */
public class MongoRuleSets implements RuleSets {

    static final String COLLECTION = "rulesets";

    private final MongoCollection<Document> sets;

    public MongoRuleSets(MongoDatabase database) {
        this.sets = database.getCollection(COLLECTION);
    }

    @Override
    public Mono<RuleSetVersion> latest() {
        return Mono.from(sets.find().sort(Sorts.descending("_id")).first()).map(MongoRuleSets::fromDocument);
    }

    @Override
    public Mono<RuleSetVersion> version(int version) {
        return Mono.from(sets.find(Filters.eq("_id", version)).first()).map(MongoRuleSets::fromDocument);
    }

    @Override
    public Flux<RuleSetVersion> history() {
        return Flux.from(sets.find().sort(Sorts.descending("_id"))).map(MongoRuleSets::fromDocument);
    }

    @Override
    public Mono<Boolean> add(RuleSetVersion version) {
        return Mono.from(sets.insertOne(toDocument(version))).thenReturn(true)
                .onErrorResume(MongoErrors::isDuplicateKey, e -> Mono.just(false));
    }

    static Document toDocument(RuleSetVersion v) {
        return new Document("_id", v.version())
                .append("change", v.change())
                .append("ruleId", v.ruleId())
                .append("changedBy", v.changedBy())
                .append("reason", v.reason())
                .append("changedAt", date(v.changedAt()))
                .append("rules", v.rules().stream().map(r -> new Document("ruleId", r.ruleId())
                        .append("category", r.category())
                        .append("jurisdictionCode", r.jurisdictionCode())
                        .append("urgency", r.urgency())
                        .append("unitId", r.unitId())
                        .append("priority", r.priority())
                        .append("validFrom", date(r.validFrom()))
                        .append("validUntil", date(r.validUntil()))).toList());
    }

    static RuleSetVersion fromDocument(Document d) {
        List<RoutingRule> rules = d.getList("rules", Document.class, List.of()).stream()
                .map(r -> new RoutingRule(r.getString("ruleId"), r.getString("category"), r.getString("jurisdictionCode"),
                        r.getString("urgency"), r.getString("unitId"), r.getInteger("priority", 0),
                        instant(r.getDate("validFrom")), instant(r.getDate("validUntil"))))
                .toList();
        return new RuleSetVersion(d.getInteger("_id"), rules, d.getString("change"), d.getString("ruleId"),
                d.getString("changedBy"), d.getString("reason"), instant(d.getDate("changedAt")));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
