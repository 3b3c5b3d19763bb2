package org.suqiu.mediation.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.contracts.routing.GrievanceAssigned;
import org.suqiu.mediation.cases.model.Assignment;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseChanged;
import org.suqiu.mediation.cases.model.CaseDecision;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.cases.model.ClockPolicy;
import org.suqiu.mediation.cases.model.Grievance;
import org.suqiu.platform.security.audit.AuditEntry;

import reactor.core.publisher.Mono;

/**
 * Opening a case (立案) for a grievance routing assigned (派单) to a unit: one case per grievance,
 * with the clocks the profile gives, and its CaseOpened queued in the same write. A later attempt
 * (routing re-routed it after a 退单) moves the same case to the new unit (改派). The audit trail
 * records both under the event's id, so a redelivery adds nothing.
 */
public class OpeningCase {

    private static final Logger log = LoggerFactory.getLogger(OpeningCase.class);
    private static final int ATTEMPTS_ON_RACE = 3;

    private final Cases cases;
    private final ClockPolicy policy;
    private final CaseEventRelay relay;
    private final Clock clock;
    private final CaseAudit audit;

    public OpeningCase(Cases cases, ClockPolicy policy, CaseEventRelay relay, Clock clock, CaseAudit audit) {
        this.cases = cases;
        this.policy = policy;
        this.relay = relay;
        this.clock = clock;
        this.audit = audit;
    }

    /** Opens or re-assigns the case; completes with false when nothing changed (a redelivery). */
    public Mono<Boolean> open(GrievanceAssigned assigned) {
        Instant now = Now.of(clock);
        Instant assignedAt = assigned.assignedAt() == null ? now : assigned.assignedAt().truncatedTo(ChronoUnit.MILLIS);
        Grievance grievance = new Grievance(assigned.grievanceId(), assigned.trackingNo(), assigned.channel(), assigned.text());
        Assignment assignment = new Assignment(assigned.unitId(), assigned.unitName(), assigned.jurisdictionCode(),
                assigned.jurisdictionName(), assigned.category(), assigned.urgency(), assigned.attempt(), assignedAt);
        String caseId = Case.idFor(assigned.grievanceId());
        return cases.byId(caseId)
                .flatMap(existing -> reassign(existing, assignment, now, ATTEMPTS_ON_RACE))
                .switchIfEmpty(Mono.defer(() -> {
                    CaseChanged opened = Case.open(grievance, assignment, policy, now);
                    return cases.add(opened).flatMap(added -> {
                        if (added) {
                            log.info("Opened case {} for grievance {} ({}) at unit {}", caseId, assigned.grievanceId(),
                                    assigned.trackingNo(), assigned.unitId());
                        }
                        relay.nudge();
                        return audit.record(opened(opened.after())).thenReturn(added);
                    });
                }));
    }

    private Mono<Boolean> reassign(Case existing, Assignment assignment, Instant now, int attemptsLeft) {
        CaseDecision decision = existing.reassign(assignment, policy, now);
        if (!(decision instanceof CaseChanged change)) {
            log.info("Grievance {} already has case {} at unit {} (attempt {}); nothing to change",
                    existing.grievance().grievanceId(), existing.caseId(), existing.assignment().unitId(),
                    existing.assignment().attempt());
            // also on a repeat: whatever the first delivery left in the outbox goes out now
            relay.nudge();
            return existing.assignment().attempt() == 1 ? audit.record(opened(existing)).thenReturn(false) : Mono.just(false);
        }
        return cases.save(change).flatMap(saved -> {
            if (!saved) {
                return attemptsLeft > 1 ? cases.byId(existing.caseId()).flatMap(c -> reassign(c, assignment, now, attemptsLeft - 1))
                        : Mono.error(new IllegalStateException("case " + existing.caseId() + " kept changing"));
            }
            log.info("Case {} re-assigned from {} to {} (attempt {})", existing.caseId(), existing.assignment().unitId(),
                    assignment.unitId(), assignment.attempt());
            relay.nudge();
            Case after = change.after();
            return audit.record(AuditEntry.of(CaseAudit.SYSTEM, "case.reassigned", CaseAudit.RESOURCE, after.caseId())
                            .because("returned case re-routed")
                            .with("from", existing.assignment().unitId())
                            .with("to", after.assignment().unitId())
                            .with("attempt", Integer.toString(after.assignment().attempt()))
                            .with("trackingNo", after.grievance().trackingNo())
                            .withId(change.events().get(0).eventId())
                            .at(now))
                    .thenReturn(true);
        });
    }

    /** Recorded on a repeat as well: a first delivery that stored the case but died before this line is completed here. */
    private static AuditEntry opened(Case aCase) {
        return AuditEntry.of(CaseAudit.SYSTEM, "case.opened", CaseAudit.RESOURCE, aCase.caseId())
                .because("grievance assigned to unit " + aCase.assignment().unitId())
                .with("to", CaseStateNames.OPEN)
                .with("unitId", aCase.assignment().unitId())
                .with("jurisdictionCode", aCase.assignment().jurisdictionCode())
                .with("grievanceId", aCase.grievance().grievanceId())
                .with("trackingNo", aCase.grievance().trackingNo())
                .withId(aCase.caseId() + ":opened")
                .at(aCase.openedAt());
    }

    /** State names as the trail writes them. */
    private static final class CaseStateNames {
        static final String OPEN = "OPEN";
    }
}
