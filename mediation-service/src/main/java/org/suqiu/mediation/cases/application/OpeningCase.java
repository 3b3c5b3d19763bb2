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
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.cases.model.DeadlinePolicy;
import org.suqiu.mediation.cases.model.Grievance;
import org.suqiu.platform.security.audit.AuditEntry;

import reactor.core.publisher.Mono;

/**
 * Opening a case (立案) for a grievance routing assigned (派单) to a unit: one case per grievance,
 * with the deadlines the policy gives, and its CaseOpened queued in the same write. The audit trail
 * records the opening by the service itself, under the event's id, so a redelivery adds nothing.
 */
public class OpeningCase {

    private static final Logger log = LoggerFactory.getLogger(OpeningCase.class);

    private final Cases cases;
    private final DeadlinePolicy policy;
    private final CaseEventRelay relay;
    private final Clock clock;
    private final CaseAudit audit;

    public OpeningCase(Cases cases, DeadlinePolicy policy, CaseEventRelay relay, Clock clock) {
        this(cases, policy, relay, clock, CaseAudit.none());
    }

    public OpeningCase(Cases cases, DeadlinePolicy policy, CaseEventRelay relay, Clock clock, CaseAudit audit) {
        this.cases = cases;
        this.policy = policy;
        this.relay = relay;
        this.clock = clock;
        this.audit = audit;
    }

    /** Opens the case; completes with false when the grievance already had one (a redelivery). */
    public Mono<Boolean> open(GrievanceAssigned assigned) {
        Instant now = Now.of(clock);
        Instant assignedAt = assigned.assignedAt() == null ? now : assigned.assignedAt().truncatedTo(ChronoUnit.MILLIS);
        CaseChanged opened = Case.open(
                new Grievance(assigned.grievanceId(), assigned.trackingNo(), assigned.channel(), assigned.text()),
                new Assignment(assigned.unitId(), assigned.unitName(), assigned.jurisdictionCode(),
                        assigned.jurisdictionName(), assigned.category(), assignedAt),
                policy, now);
        String caseId = opened.after().caseId();
        return cases.add(opened).doOnNext(added -> {
            if (added) {
                log.info("Opened case {} for grievance {} ({}) at unit {}", caseId, assigned.grievanceId(),
                        assigned.trackingNo(), assigned.unitId());
            } else {
                log.info("Grievance {} already has case {}; nothing to open", assigned.grievanceId(), caseId);
            }
            // also on a repeat: whatever the first delivery left in the outbox goes out now
            relay.nudge();
        }).flatMap(added -> audit.record(opened(opened.after())).thenReturn(added));
    }

    /** Recorded on a repeat as well: a first delivery that stored the case but died before this line is completed here. */
    private static AuditEntry opened(Case aCase) {
        return AuditEntry.of(CaseAudit.SYSTEM, "case.opened", CaseAudit.RESOURCE, aCase.caseId())
                .because("grievance assigned to unit " + aCase.assignment().unitId())
                .with("to", aCase.state().name())
                .with("unitId", aCase.assignment().unitId())
                .with("jurisdictionCode", aCase.assignment().jurisdictionCode())
                .with("grievanceId", aCase.grievance().grievanceId())
                .with("trackingNo", aCase.grievance().trackingNo())
                .withId(aCase.caseId() + ":opened")
                .at(aCase.openedAt());
    }
}
