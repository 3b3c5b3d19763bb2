package org.suqiu.routing.assignment.application;

import java.time.Clock;

import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.assignment.model.RoutingPolicy;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.support.Auditing;

import reactor.core.publisher.Mono;

/**
 * 人工分拨: a dispatcher assigns a grievance in their scope to a unit by hand: stored as the next
 * attempt with {@code assignedBy}, recorded in the audit trail (who, when, which unit, why), then
 * published as {@code GrievanceAssigned}.
 */
public class AssigningByHand {

    /** The grievance is not in the caller's scope, or has no decision. */
    public static class NotVisibleException extends RuntimeException {
        public NotVisibleException(String grievanceId) {
            super("grievance " + grievanceId + " not found");
        }
    }

    /** Someone else changed the decision while the dispatcher was looking at it. */
    public static class ConflictException extends RuntimeException {
        public ConflictException(String message) {
            super(message);
        }
    }

    private final RoutingPolicy policy;
    private final Decisions decisions;
    private final RoutedEvents events;
    private final Clock clock;
    private final Auditing audit;

    public AssigningByHand(RoutingPolicy policy, Decisions decisions, RoutedEvents events, Clock clock, Auditing audit) {
        this.policy = policy;
        this.decisions = decisions;
        this.events = events;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * @param expectedAttempt the attempt the dispatcher saw (null: whatever is current)
     */
    public Mono<RoutingDecision> assign(String grievanceId, Unit unit, String category, String reason, Integer expectedAttempt,
                                        StaffMember dispatcher, DecisionScope scope) {
        return decisions.byGrievanceId(grievanceId, scope)
                .switchIfEmpty(Mono.error(() -> new NotVisibleException(grievanceId)))
                .flatMap(current -> {
                    if (expectedAttempt != null && expectedAttempt != current.attempt()) {
                        return Mono.error(new ConflictException("grievance " + grievanceId + " is at attempt "
                                + current.attempt() + ", not " + expectedAttempt));
                    }
                    RoutingDecision next = policy.assignByHand(current, unit, dispatcher.subject(), category, clock.instant());
                    return decisions.replace(next, current.attempt()).flatMap(replaced -> replaced
                            ? audit.record(auditEntry(next, dispatcher, reason)).then(events.published(next)).thenReturn(next)
                            : Mono.error(new ConflictException("grievance " + grievanceId + " changed meanwhile")));
                });
    }

    static AuditEntry auditEntry(RoutingDecision d, StaffMember dispatcher, String reason) {
        return AuditEntry.of(dispatcher, "grievance.assigned-by-hand", "grievance", d.grievanceId())
                .because(reason)
                .with("attempt", Integer.toString(d.attempt()))
                .with("unitId", d.unitId())
                .with("category", d.category())
                .with("jurisdictionCode", d.jurisdictionCode())
                .withId(d.grievanceId() + ":attempt:" + d.attempt())
                .at(d.decidedAt());
    }
}
