package org.suqiu.routing.assignment.application;

import java.time.Clock;

import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.assignment.model.RoutingPolicy;
import org.suqiu.routing.support.Auditing;

import reactor.core.publisher.Mono;

/**
 * 退单改派: a unit returned a case: the grievance goes to the next candidate unit (never one that
 * had it, unless a dispatcher says so), or to triage after two automatic re-routings; stored first,
 * recorded in the audit trail, then published as the next attempt. A return delivered again, or
 * one for a unit that no longer has the grievance, changes nothing, but re-publishes the current
 * decision when that return was the one that moved it (a crash between storing and publishing).
 */
public class ReroutingReturned {

    /** A return as routing needs it. */
    public record Returned(String grievanceId, String unitId, String reason, String returnedBy, String eventId) {
    }

    /** What came of a return. */
    public enum Outcome { REROUTED, SENT_TO_TRIAGE, ALREADY_HANDLED, UNKNOWN_GRIEVANCE }

    private static final int ATTEMPTS = 3;

    private final RoutingPolicy policy;
    private final Decisions decisions;
    private final RoutedEvents events;
    private final Clock clock;
    private final Auditing audit;

    public ReroutingReturned(RoutingPolicy policy, Decisions decisions, RoutedEvents events, Clock clock, Auditing audit) {
        this.policy = policy;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    public Mono<Outcome> handle(Returned returned) {
        return handle(returned, ATTEMPTS);
    }

    private Mono<Outcome> handle(Returned returned, int attemptsLeft) {
        return decisions.byGrievanceId(returned.grievanceId())
                .flatMap(current -> policy.afterReturn(current, returned.unitId(), returned.reason(), clock.instant())
                        .map(next -> decisions.replace(next, current.attempt()).flatMap(replaced -> replaced
                                ? audit.record(auditEntry(next, returned)).then(events.published(next))
                                        .thenReturn(next.assigned() ? Outcome.REROUTED : Outcome.SENT_TO_TRIAGE)
                                : attemptsLeft > 1 ? handle(returned, attemptsLeft - 1)
                                : Mono.error(new IllegalStateException("decision " + returned.grievanceId() + " kept changing"))))
                        .orElseGet(() -> current.triedUnitIds().contains(returned.unitId()) && !current.manual()
                                ? events.published(current).thenReturn(Outcome.ALREADY_HANDLED)
                                : Mono.just(Outcome.ALREADY_HANDLED)))
                .defaultIfEmpty(Outcome.UNKNOWN_GRIEVANCE);
    }

    /** {@code grievance.rerouted} or {@code grievance.returned-to-triage}, id {@code <grievanceId>:attempt:<n>}. */
    static AuditEntry auditEntry(RoutingDecision d, Returned returned) {
        return AuditEntry.of(Auditing.SYSTEM, d.assigned() ? "grievance.rerouted" : "grievance.returned-to-triage",
                        "grievance", d.grievanceId())
                .because("退单 by " + returned.unitId() + (returned.reason() == null ? "" : ": " + returned.reason()))
                .with("attempt", Integer.toString(d.attempt()))
                .with("returnedUnitId", returned.unitId())
                .with("returnedBy", returned.returnedBy())
                .with("unitId", d.unitId())
                .with("ruleId", d.ruleId())
                .with("ruleVersion", d.ruleVersion() == null ? null : d.ruleVersion().toString())
                .with("outcome", d.outcome().name())
                .withId(d.grievanceId() + ":attempt:" + d.attempt())
                .at(d.decidedAt());
    }
}
