package org.suqiu.routing.assignment.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.suqiu.platform.mongo.MongoErrors;
import org.suqiu.platform.security.JurisdictionFilters;
import org.suqiu.platform.security.crypto.FieldCipher;
import org.suqiu.routing.assignment.application.DecisionScope;
import org.suqiu.routing.assignment.application.Decisions;
import org.suqiu.routing.assignment.model.DecisionOutcome;
import org.suqiu.routing.assignment.model.DecisionTrace;
import org.suqiu.routing.assignment.model.GrievanceToRoute;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.assignment.model.RuleCandidate;
import org.suqiu.routing.assignment.model.TriageReason;
import org.suqiu.routing.classification.model.CategorySource;
import org.suqiu.routing.classification.model.Classification;
import org.suqiu.routing.jurisdiction.model.GeoLocation;
import org.suqiu.routing.jurisdiction.model.JurisdictionMethod;
import org.suqiu.routing.jurisdiction.model.JurisdictionStep;
import org.suqiu.routing.jurisdiction.model.PlaceNameHit;
import org.suqiu.routing.jurisdiction.model.PlaceNameKind;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The decisions in the {@code decisions} collection, {@code _id} = grievance id, so a grievance can
 * only ever have one; the trace is kept inside the same document. The citizen's address
 * ({@code trace.input.address}) is stored encrypted with {@link FieldCipher} (context
 * {@value #ADDRESS_CONTEXT}); a value stored earlier in clear is read as it is. The jurisdiction steps
 * hold only the name of the input matched and the place names found in it, never its text.
 */
public class MongoDecisions implements Decisions {

    static final String COLLECTION = "decisions";
    static final String ADDRESS_CONTEXT = "trace.input.address";

    private final MongoCollection<Document> decisions;
    private final FieldCipher cipher;

    public MongoDecisions(MongoDatabase database, FieldCipher cipher) {
        this.decisions = database.getCollection(COLLECTION);
        this.cipher = Objects.requireNonNull(cipher, "cipher");
    }

    /** Creates the indexes the queries need; safe to call at every start. */
    public Mono<Void> createIndexes() {
        return Mono.from(decisions.createIndex(Indexes.compoundIndex(Indexes.ascending("outcome"), Indexes.descending("decidedAt")),
                        new IndexOptions().name("outcome_decidedAt")))
                .then(Mono.from(decisions.createIndex(Indexes.ascending("jurisdictionCode"), new IndexOptions().name("jurisdictionCode"))))
                .then(Mono.from(decisions.createIndex(Indexes.ascending("unitId"), new IndexOptions().name("unitId"))))
                .then();
    }

    @Override
    public Mono<RoutingDecision> byGrievanceId(String grievanceId) {
        return Mono.from(decisions.find(Filters.eq("_id", grievanceId)).first()).map(this::fromDocument);
    }

    @Override
    public Mono<RoutingDecision> byGrievanceId(String grievanceId, DecisionScope scope) {
        return within(scope)
                .map(visible -> Mono.from(decisions.find(Filters.and(Filters.eq("_id", grievanceId), visible)).first())
                        .map(this::fromDocument))
                .orElseGet(Mono::empty);
    }

    /** The scope as a filter: any of its parts matches; empty when it covers nothing (no query at all). */
    static Optional<Bson> within(DecisionScope scope) {
        List<Bson> any = new ArrayList<>();
        scope.unit().ifPresent(unit -> any.add(Filters.eq("unitId", unit)));
        scope.area().ifPresent(area -> any.add(JurisdictionFilters.within("jurisdictionCode", area)));
        if (scope.unlocated()) {
            any.add(Filters.eq("jurisdictionCode", null));
        }
        return any.isEmpty() ? Optional.empty() : Optional.of(any.size() == 1 ? any.get(0) : Filters.or(any));
    }

    @Override
    public Mono<Boolean> add(RoutingDecision decision) {
        return Mono.from(decisions.insertOne(toDocument(decision)))
                .thenReturn(true)
                .onErrorResume(MongoErrors::isDuplicateKey, e -> Mono.just(false));
    }

    @Override
    public Flux<RoutingDecision> sentToTriage(int limit, DecisionScope scope) {
        Optional<Bson> visible = within(scope);
        if (visible.isEmpty()) {
            return Flux.empty();
        }
        return Flux.from(decisions.find(Filters.and(Filters.eq("outcome", DecisionOutcome.SENT_TO_TRIAGE.name()), visible.get()))
                        .sort(Sorts.orderBy(Sorts.descending("decidedAt"), Sorts.ascending("_id")))
                        .limit(limit))
                .map(this::fromDocument);
    }

    Document toDocument(RoutingDecision d) {
        return new Document("_id", d.grievanceId())
                .append("trackingNo", d.trace().input().trackingNo())
                .append("outcome", d.outcome().name())
                .append("triageReason", name(d.triageReason()))
                .append("jurisdictionCode", d.jurisdictionCode())
                .append("jurisdictionName", d.jurisdictionName())
                .append("jurisdictionMethod", name(d.jurisdictionMethod()))
                .append("category", d.category())
                .append("confidence", d.confidence())
                .append("ruleId", d.ruleId())
                .append("unitId", d.unitId())
                .append("unitName", d.unitName())
                .append("decidedAt", date(d.decidedAt()))
                .append("trace", trace(d.trace()));
    }

    RoutingDecision fromDocument(Document doc) {
        return new RoutingDecision(
                doc.getString("_id"),
                DecisionOutcome.valueOf(doc.getString("outcome")),
                enumOf(TriageReason.class, doc.getString("triageReason")),
                doc.getString("jurisdictionCode"),
                doc.getString("jurisdictionName"),
                enumOf(JurisdictionMethod.class, doc.getString("jurisdictionMethod")),
                doc.getString("category"),
                doubleOf(doc.get("confidence")),
                doc.getString("ruleId"),
                doc.getString("unitId"),
                doc.getString("unitName"),
                instant(doc.getDate("decidedAt")),
                trace(doc.get("trace", Document.class)));
    }

    private Document trace(DecisionTrace t) {
        GrievanceToRoute in = t.input();
        Document input = new Document("grievanceId", in.grievanceId())
                .append("trackingNo", in.trackingNo())
                .append("channel", in.channel())
                .append("text", in.text())
                .append("location", in.location() == null ? null : new Document("lat", in.location().lat())
                        .append("lng", in.location().lng()).append("crs", in.location().crs()))
                .append("address", cipher.encrypt(in.address(), ADDRESS_CONTEXT))
                .append("categoryHint", in.categoryHint())
                .append("receivedAt", date(in.receivedAt()))
                .append("eventId", in.eventId());
        Classification c = t.classification();
        return new Document("input", input)
                .append("jurisdictionSteps", t.jurisdictionSteps().stream().map(MongoDecisions::step).toList())
                .append("countyCode", t.countyCode())
                .append("classification", new Document("category", c.category())
                        .append("source", name(c.source()))
                        .append("confidence", c.confidence())
                        .append("hint", c.hint())
                        .append("detail", c.detail()))
                .append("rulesConsidered", t.rulesConsidered().stream().map(r -> new Document("category", r.category())
                        .append("jurisdictionCode", r.jurisdictionCode())
                        .append("ruleId", r.ruleId())
                        .append("unitId", r.unitId())).toList())
                .append("winningRuleId", t.winningRuleId());
    }

    private DecisionTrace trace(Document doc) {
        Document in = doc.get("input", Document.class);
        Document location = in.get("location", Document.class);
        GrievanceToRoute input = new GrievanceToRoute(in.getString("grievanceId"), in.getString("trackingNo"),
                in.getString("channel"), in.getString("text"),
                location == null ? null : new GeoLocation(doubleOf(location.get("lat")), doubleOf(location.get("lng")),
                        location.getString("crs")),
                address(in.getString("address")), in.getString("categoryHint"), instant(in.getDate("receivedAt")),
                in.getString("eventId"));
        Document c = doc.get("classification", Document.class);
        Classification classification = new Classification(c.getString("category"),
                enumOf(CategorySource.class, c.getString("source")), doubleOf(c.get("confidence")),
                c.getString("hint"), c.getString("detail"));
        List<RuleCandidate> rules = doc.getList("rulesConsidered", Document.class, List.of()).stream()
                .map(r -> new RuleCandidate(r.getString("category"), r.getString("jurisdictionCode"), r.getString("ruleId"),
                        r.getString("unitId")))
                .toList();
        List<JurisdictionStep> steps = doc.getList("jurisdictionSteps", Document.class, List.of()).stream()
                .map(MongoDecisions::step).toList();
        return new DecisionTrace(input, steps, doc.getString("countyCode"), classification, rules, doc.getString("winningRuleId"));
    }

    private static Document step(JurisdictionStep s) {
        return new Document("method", s.method().name())
                .append("input", s.input())
                .append("outcome", s.outcome().name())
                .append("detail", s.detail())
                .append("candidates", s.candidates())
                .append("placeNames", s.placeNames().stream().map(p -> new Document("name", p.name())
                        .append("kind", p.kind().name())
                        .append("position", p.position())
                        .append("codes", p.codes())).toList());
    }

    private static JurisdictionStep step(Document s) {
        List<PlaceNameHit> names = s.getList("placeNames", Document.class, List.of()).stream()
                .map(p -> new PlaceNameHit(p.getString("name"), PlaceNameKind.valueOf(p.getString("kind")),
                        p.getInteger("position", 0), p.getList("codes", String.class, List.of())))
                .toList();
        return new JurisdictionStep(JurisdictionMethod.valueOf(s.getString("method")), s.getString("input"),
                JurisdictionStep.Outcome.valueOf(s.getString("outcome")), s.getString("detail"),
                s.getList("candidates", String.class, List.of()), names);
    }

    /** The stored address in clear: decrypted, or as it is when it was stored before encryption. */
    private String address(String stored) {
        return FieldCipher.isEncrypted(stored) ? cipher.decrypt(stored, ADDRESS_CONTEXT) : stored;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    private static Double doubleOf(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
