package org.suqiu.routing.assignment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.routing.assignment.model.GrievanceLink;
import org.suqiu.routing.assignment.model.GrievanceToRoute;
import org.suqiu.routing.assignment.model.LinkPolicy;
import org.suqiu.routing.assignment.model.TextFingerprint;
import org.suqiu.routing.classification.model.SparseVector;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.assignment.model.RoutingPolicy;
import org.suqiu.routing.support.Auditing;

import reactor.core.publisher.Mono;

/**
 * 派单: routes a received grievance once: decides, stores the decision, then publishes it. A
 * grievance that already has a decision (a redelivery, or a crash between storing and publishing)
 * gets the stored decision published again, unchanged, never a second one. Every decision is
 * recorded once in the audit trail ({@code grievance.routed}, system actor, with the rule) between
 * storing and publishing.
 */
public class RoutingGrievance {

    /** A decision and whether it was made now or found stored. */
    public record Routed(RoutingDecision decision, boolean alreadyDecided) {
    }

    /** How repeats and duplicates are found: the policy, the store and the text's fingerprint. */
    public record Linking(LinkPolicy policy, Fingerprints fingerprints, Function<String, SparseVector> fingerprint) {
    }

    private final RoutingPolicy policy;
    private final Decisions decisions;
    private final RoutedEvents events;
    private final Clock clock;
    private final Auditing audit;
    private final Linking linking;

    public RoutingGrievance(RoutingPolicy policy, Decisions decisions, RoutedEvents events, Clock clock, Auditing audit) {
        this(policy, decisions, events, clock, audit, null);
    }

    public RoutingGrievance(RoutingPolicy policy, Decisions decisions, RoutedEvents events, Clock clock, Auditing audit,
                            Linking linking) {
        this.policy = policy;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
        this.linking = linking;
    }

    public Mono<Routed> route(GrievanceToRoute grievance) {
        return decisions.byGrievanceId(grievance.grievanceId())
                .map(stored -> new Routed(stored, true))
                .switchIfEmpty(Mono.defer(() -> decideAndStore(grievance)))
                // a redelivery records again under the same id (written once): heals a crash before the audit
                .flatMap(routed -> audit.record(auditEntry(routed.decision())).thenReturn(routed))
                .flatMap(routed -> events.published(routed.decision()).thenReturn(routed));
    }

    /** The audit entry of a decision: id {@code <grievanceId>:routed}, at the decision's time. */
    static AuditEntry auditEntry(RoutingDecision d) {
        return AuditEntry.of(Auditing.SYSTEM, "grievance.routed", "grievance", d.grievanceId())
                .because(d.linked() ? d.link().kind() + " of " + d.link().linkedGrievanceId()
                        : d.triageReason() == null ? "rule " + d.ruleId() + " of rule-set version " + d.ruleVersion()
                        : "sent to triage: " + d.triageReason().name())
                .with("outcome", d.outcome().name())
                .with("ruleId", d.ruleId())
                .with("unitId", d.unitId())
                .with("jurisdictionCode", d.jurisdictionCode())
                .with("category", d.category())
                .with("triageReason", d.triageReason() == null ? null : d.triageReason().name())
                .with("ruleVersion", d.ruleVersion() == null ? null : d.ruleVersion().toString())
                .with("linkedGrievanceId", d.link() == null ? null : d.link().linkedGrievanceId())
                .withId(d.grievanceId() + ":routed")
                .at(d.decidedAt());
    }

    private Mono<Routed> decideAndStore(GrievanceToRoute grievance) {
        RoutingDecision decided = policy.decide(grievance, clock.instant());
        return linked(grievance, decided).flatMap(decision -> decisions.add(decision).flatMap(added -> added
                ? Mono.just(new Routed(decision, false))
                // another consumer stored its decision first: that one stands
                : decisions.byGrievanceId(grievance.grievanceId()).map(stored -> new Routed(stored, true))));
    }

    /**
     * The decision, or a link to an earlier grievance (重复件 / 并单) when the text repeats one; the
     * fingerprint is stored (and a merge counted) before the decision, so a redelivery finds them.
     */
    private Mono<RoutingDecision> linked(GrievanceToRoute g, RoutingDecision decision) {
        if (linking == null) {
            return Mono.just(decision);
        }
        Instant at = g.receivedAt() != null ? g.receivedAt() : decision.decidedAt();
        TextFingerprint mine = new TextFingerprint(g.grievanceId(), g.trackingNo(), g.citizenKey(), decision.jurisdictionCode(),
                at, linking.fingerprint().apply(g.text()), g.grievanceId(), g.trackingNo());
        LinkPolicy p = linking.policy();
        return linking.fingerprints()
                .candidates(g.citizenKey(), at.minus(p.repeatWindow()), decision.jurisdictionCode(), at.minus(p.mergeWindow()))
                .collectList()
                .flatMap(earlier -> {
                    Optional<GrievanceLink> link = p.link(mine, earlier);
                    if (link.isEmpty()) {
                        return linking.fingerprints().add(mine).thenReturn(decision);
                    }
                    if (LinkPolicy.REPEAT.equals(link.get().kind())) {
                        return linking.fingerprints().add(mine).thenReturn(decision.linkedTo(link.get()));
                    }
                    TextFingerprint root = earlier.stream().filter(e -> e.grievanceId().equals(link.get().linkedGrievanceId()))
                            .findFirst().orElseGet(() -> new TextFingerprint(link.get().linkedGrievanceId(),
                                    link.get().linkedTrackingNo(), null, mine.jurisdictionCode(), mine.receivedAt(),
                                    SparseVector.EMPTY, link.get().linkedGrievanceId(), link.get().linkedTrackingNo()));
                    TextFingerprint member = new TextFingerprint(mine.grievanceId(), mine.trackingNo(), mine.citizenKey(),
                            mine.jurisdictionCode(), mine.receivedAt(), mine.vector(), link.get().linkedGrievanceId(),
                            link.get().linkedTrackingNo());
                    return linking.fingerprints().add(member).then(linking.fingerprints().merge(root, member))
                            .thenReturn(decision.linkedTo(link.get()));
                });
    }
}
