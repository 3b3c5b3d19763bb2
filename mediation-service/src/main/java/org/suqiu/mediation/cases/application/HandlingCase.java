package org.suqiu.mediation.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseActionRejected;
import org.suqiu.mediation.cases.model.CaseChanged;
import org.suqiu.mediation.cases.model.CaseDecision;
import org.suqiu.mediation.cases.model.CaseUnchanged;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;

import reactor.core.publisher.Mono;

/**
 * Handling a case (办理): a unit's handler accepts it (签收), resolves it with an answer (办结, 答复),
 * and its unit head closes it. The handler recorded is the caller (the token's subject), and only a
 * case of the caller's own unit is found at all. Each step is stored with its event over the version
 * it was decided on (a lost race stores nothing and says so), then written to the audit trail.
 */
public class HandlingCase {

    private static final Logger log = LoggerFactory.getLogger(HandlingCase.class);

    private final Cases cases;
    private final CaseEventRelay relay;
    private final Clock clock;
    private final CaseAudit audit;

    public HandlingCase(Cases cases, CaseEventRelay relay, Clock clock) {
        this(cases, relay, clock, CaseAudit.none());
    }

    public HandlingCase(Cases cases, CaseEventRelay relay, Clock clock, CaseAudit audit) {
        this.cases = cases;
        this.relay = relay;
        this.clock = clock;
        this.audit = audit;
    }

    public Mono<CaseActionResult> accept(String caseId, StaffMember staff) {
        Instant now = Now.of(clock);
        return act(caseId, staff, "accepted", null, c -> c.accept(staff.subject(), now));
    }

    public Mono<CaseActionResult> resolve(String caseId, StaffMember staff, String answer) {
        Instant now = Now.of(clock);
        return act(caseId, staff, "resolved", null, c -> c.resolve(staff.subject(), answer, now));
    }

    /** Closes a resolved case with an outcome; {@code reason} (optional) goes to the audit trail. */
    public Mono<CaseActionResult> close(String caseId, StaffMember staff, String outcome, String reason) {
        Instant now = Now.of(clock);
        return act(caseId, staff, "closed", reason, c -> c.close(outcome, now));
    }

    private Mono<CaseActionResult> act(String caseId, StaffMember staff, String action, String reason,
            Function<Case, CaseDecision> decide) {
        return cases.byId(caseId, CaseAccess.handlingScope(staff))
                .flatMap(current -> apply(current, staff, action, reason, decide.apply(current)))
                .defaultIfEmpty(new CaseActionResult.NotFound(caseId));
    }

    private Mono<CaseActionResult> apply(Case before, StaffMember staff, String action, String reason, CaseDecision decision) {
        if (decision instanceof CaseChanged change) {
            Case after = change.after();
            return cases.save(change).flatMap(saved -> {
                if (!saved) {
                    log.info("Case {}: {} lost a race with another change", after.caseId(), action);
                    return Mono.just(new CaseActionResult.Conflict(after.caseId()));
                }
                log.info("Case {} ({}): {} by {} → {}", after.caseId(), after.grievance().trackingNo(), action,
                        staff.subject(), after.state());
                relay.nudge();
                return audit.record(entry(before, change, staff, action, reason))
                        .thenReturn(new CaseActionResult.Done(after));
            });
        }
        if (decision instanceof CaseUnchanged unchanged) {
            // a client retrying after a failed answer: completes a trail entry the first attempt may have missed (same id: never twice)
            return audit.record(repeated(unchanged.current(), staff, action, reason))
                    .thenReturn(new CaseActionResult.Unchanged(unchanged.current()));
        }
        CaseActionRejected rejected = (CaseActionRejected) decision;
        return Mono.just(new CaseActionResult.Refused(rejected));
    }

    private AuditEntry entry(Case before, CaseChanged change, StaffMember staff, String action, String reason) {
        Case after = change.after();
        // the entry shares the id of the event the change publishes: one step, one entry
        String id = change.events().isEmpty() ? after.caseId() + ":" + action : change.events().get(0).eventId();
        Instant at = change.added().isEmpty() ? Now.of(clock) : change.added().get(change.added().size() - 1).at();
        return entry(after, staff, action, reason, before.state().name(), after.state().name(), id, at);
    }

    private AuditEntry repeated(Case current, StaffMember staff, String action, String reason) {
        String from = switch (action) {
            case "accepted" -> "OPEN";
            case "resolved" -> "ACCEPTED";
            default -> "RESOLVED";
        };
        Instant at = switch (action) {
            case "accepted" -> current.acceptance() == null ? null : current.acceptance().at();
            case "resolved" -> current.resolution() == null ? null : current.resolution().at();
            default -> current.closure() == null ? null : current.closure().at();
        };
        String to = switch (action) {
            case "accepted" -> "ACCEPTED";
            case "resolved" -> "RESOLVED";
            default -> "CLOSED";
        };
        return entry(current, staff, action, reason, from, to, current.caseId() + ":" + action, at == null ? Now.of(clock) : at);
    }

    private static AuditEntry entry(Case after, StaffMember staff, String action, String reason, String from, String to,
            String id, Instant at) {
        return AuditEntry.of(staff, "case." + action, CaseAudit.RESOURCE, after.caseId())
                .because(reason)
                .with("from", from)
                .with("to", to)
                .with("unitId", after.assignment().unitId())
                .with("trackingNo", after.grievance().trackingNo())
                .with("outcome", after.closure() == null ? null : after.closure().outcome())
                .withId(id)
                .at(at);
    }
}
