package org.suqiu.routing.assignment.application;

import java.time.Clock;

import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.routing.assignment.model.GrievanceToRoute;
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

    private final RoutingPolicy policy;
    private final Decisions decisions;
    private final RoutedEvents events;
    private final Clock clock;
    private final Auditing audit;

    public RoutingGrievance(RoutingPolicy policy, Decisions decisions, RoutedEvents events, Clock clock, Auditing audit) {
        this.policy = policy;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
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
                .because(d.triageReason() == null ? "rule " + d.ruleId() : "sent to triage: " + d.triageReason().name())
                .with("outcome", d.outcome().name())
                .with("ruleId", d.ruleId())
                .with("unitId", d.unitId())
                .with("jurisdictionCode", d.jurisdictionCode())
                .with("category", d.category())
                .with("triageReason", d.triageReason() == null ? null : d.triageReason().name())
                .withId(d.grievanceId() + ":routed")
                .at(d.decidedAt());
    }

    private Mono<Routed> decideAndStore(GrievanceToRoute grievance) {
        RoutingDecision decision = policy.decide(grievance, clock.instant());
        return decisions.add(decision).flatMap(added -> added
                ? Mono.just(new Routed(decision, false))
                // another consumer stored its decision first: that one stands
                : decisions.byGrievanceId(grievance.grievanceId()).map(stored -> new Routed(stored, true)));
    }
}
