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
import org.suqiu.routing.assignment.model.GrievanceLink;
import org.suqiu.routing.assignment.model.GrievanceToRoute;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.assignment.model.RuleCandidate;
import org.suqiu.routing.assignment.model.TriageReason;
import org.suqiu.routing.classification.model.CategoryScore;
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
 * ({@code trace.input.address}, context {@value #ADDRESS_CONTEXT}) and text ({@code trace.input.text},
 * context {@value #TEXT_CONTEXT}) are stored encrypted with {@link FieldCipher}; a value stored
 * earlier in clear is read as it is. The jurisdiction steps
 * hold only the name of the input matched and the place names found in it, never its text.
 */
public class MongoDecisions implements Decisions {

    static final String COLLECTION = "decisions";
    static final String ADDRESS_CONTEXT = "trace.input.address";
    static final String TEXT_CONTEXT = "decision.text";

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
    public Mono<Boolean> replace(RoutingDecision next, int expectedAttempt) {
        Bson stored = expectedAttempt == 0
                ? Filters.and(Filters.eq("_id", next.grievanceId()), Filters.or(Filters.eq("attempt", 0), Filters.exists("attempt", false)))
                : Filters.and(Filters.eq("_id", next.grievanceId()), Filters.eq("attempt", expectedAttempt));
        return Mono.from(decisions.replaceOne(stored, toDocument(next))).map(r -> r.getModifiedCount() == 1);
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
                .append("ruleVersion", d.ruleVersion())
                .append("unitId", d.unitId())
                .append("unitName", d.unitName())
                .append("urgency", d.urgency())
                .append("assignedBy", d.assignedBy())
                .append("attempt", d.attempt())
                .append("triedUnitIds", d.triedUnitIds())
                .append("autoReroutes", d.autoReroutes())
                .append("decidedAt", date(d.decidedAt()))
                .append("link", d.link() == null ? null : new Document("kind", d.link().kind())
                        .append("linkedGrievanceId", d.link().linkedGrievanceId())
                        .append("linkedTrackingNo", d.link().linkedTrackingNo())
                        .append("similarity", d.link().similarity()))
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
                doc.getInteger("ruleVersion"),
                doc.getString("unitId"),
                doc.getString("unitName"),
                doc.getString("urgency") == null ? "NORMAL" : doc.getString("urgency"),
                doc.getString("assignedBy"),
                doc.getInteger("attempt", 0),
                doc.getList("triedUnitIds", String.class, List.of()),
                doc.getInteger("autoReroutes", 0),
                instant(doc.getDate("decidedAt")),
                link(doc.get("link", Document.class)),
                trace(doc.get("trace", Document.class)));
    }

    private static GrievanceLink link(Document l) {
        return l == null ? null : new GrievanceLink(l.getString("kind"), l.getString("linkedGrievanceId"),
                l.getString("linkedTrackingNo"), doubleOf(l.get("similarity")));
    }

    private Document trace(DecisionTrace t) {
        GrievanceToRoute in = t.input();
        Document input = new Document("grievanceId", in.grievanceId())
                .append("trackingNo", in.trackingNo())
                .append("channel", in.channel())
                .append("text", cipher.encrypt(in.text(), TEXT_CONTEXT))
                .append("location", in.location() == null ? null : new Document("lat", in.location().lat())
                        .append("lng", in.location().lng()).append("crs", in.location().crs()))
                .append("address", cipher.encrypt(in.address(), ADDRESS_CONTEXT))
                .append("categoryHint", in.categoryHint())
                .append("urgency", in.urgency())
                .append("homeJurisdiction", in.homeJurisdiction())
                .append("citizenKey", in.citizenKey())
                .append("receivedAt", date(in.receivedAt()))
                .append("eventId", in.eventId());
        Classification c = t.classification();
        return new Document("input", input)
                .append("jurisdictionSteps", t.jurisdictionSteps().stream().map(MongoDecisions::step).toList())
                .append("countyCode", t.countyCode())
                .append("classification", new Document("category", c.category())
                        .append("path", c.path())
                        .append("source", name(c.source()))
                        .append("confidence", c.confidence())
                        .append("hint", c.hint())
                        .append("detail", c.detail())
                        .append("scores", c.scores().stream().map(sc -> new Document("category", sc.category())
                                .append("probability", sc.probability())).toList()))
                .append("rulesConsidered", t.rulesConsidered().stream().map(r -> new Document("ruleId", r.ruleId())
                        .append("category", r.category())
                        .append("jurisdictionCode", r.jurisdictionCode())
                        .append("urgency", r.urgency())
                        .append("priority", r.priority())
                        .append("unitId", r.unitId())
                        .append("rank", r.rank())).toList())
                .append("winningRuleId", t.winningRuleId())
                .append("candidateUnitIds", t.candidateUnitIds());
    }

    private DecisionTrace trace(Document doc) {
        Document in = doc.get("input", Document.class);
        Document location = in.get("location", Document.class);
        GrievanceToRoute input = new GrievanceToRoute(in.getString("grievanceId"), in.getString("trackingNo"),
                in.getString("channel"), clear(in.getString("text"), TEXT_CONTEXT),
                location == null ? null : new GeoLocation(doubleOf(location.get("lat")), doubleOf(location.get("lng")),
                        location.getString("crs")),
                clear(in.getString("address"), ADDRESS_CONTEXT), in.getString("categoryHint"), in.getString("urgency"),
                in.getString("homeJurisdiction"), in.getString("citizenKey"), instant(in.getDate("receivedAt")),
                in.getString("eventId"));
        Document c = doc.get("classification", Document.class);
        List<String> path = c.containsKey("path") ? c.getList("path", String.class) : null;
        Classification classification = new Classification(c.getString("category"),
                path == null && c.getString("category") != null ? List.of(c.getString("category")) : path,
                enumOf(CategorySource.class, c.getString("source")), doubleOf(c.get("confidence")),
                c.getString("hint"), c.getString("detail"),
                c.getList("scores", Document.class, List.of()).stream()
                        .map(sc -> new CategoryScore(sc.getString("category"), doubleOf(sc.get("probability")))).toList());
        List<RuleCandidate> rules = doc.getList("rulesConsidered", Document.class, List.of()).stream()
                .filter(r -> r.getString("ruleId") != null)
                .map(r -> new RuleCandidate(r.getString("ruleId"), r.getString("category"), r.getString("jurisdictionCode"),
                        r.getString("urgency"), r.getInteger("priority", 0), r.getString("unitId"), r.getInteger("rank", 0)))
                .toList();
        List<JurisdictionStep> steps = doc.getList("jurisdictionSteps", Document.class, List.of()).stream()
                .map(MongoDecisions::step).toList();
        return new DecisionTrace(input, steps, doc.getString("countyCode"), classification, rules, doc.getString("winningRuleId"),
                doc.getList("candidateUnitIds", String.class, List.of()));
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

    /** A stored field in clear: decrypted, or as it is when it was stored before encryption. */
    private String clear(String stored, String context) {
        return FieldCipher.isEncrypted(stored) ? cipher.decrypt(stored, context) : stored;
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
