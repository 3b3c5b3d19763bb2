package org.suqiu.mediation.cases.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.contracts.mediation.CallBackRating;
import org.suqiu.contracts.mediation.MediationKind;
import org.suqiu.contracts.mediation.MediationOutcome;
import org.suqiu.mediation.cases.model.Case;
import org.suqiu.mediation.cases.model.CaseActionRejected;
import org.suqiu.mediation.cases.model.CaseChanged;
import org.suqiu.mediation.cases.model.CaseDecision;
import org.suqiu.mediation.cases.model.CaseScope;
import org.suqiu.mediation.cases.model.CaseUnchanged;
import org.suqiu.mediation.cases.model.Cases;
import org.suqiu.mediation.cases.model.ClockPolicy;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;

import reactor.core.publisher.Mono;

/**
 * Handling a case (办理): the unit's staff accept (签收), return (退单), start, suspend and resume,
 * ask for more time, mediate and resolve (办结); the unit head closes; supervisors decide
 * extensions, supervise (督办) and close escalated cases; operators and supervisors call back (回访).
 * The actor is the caller (the token's subject) and only a case in the caller's scope for that
 * action is found at all. Each step is stored with its events over the version it was decided on
 * (a lost race stores nothing and says so), then written to the audit trail under its event's id.
 */
public class HandlingCase {

    private static final Logger log = LoggerFactory.getLogger(HandlingCase.class);
    /** Steps taken once per round, whose repeat completes a missing trail entry: action → {from, to}. */
    private static final Map<String, String[]> ONE_SHOT = Map.of(
            "accepted", new String[] {"OPEN", "ACCEPTED"},
            "in-progress", new String[] {"ACCEPTED", "IN_PROGRESS"},
            "resolved", new String[] {"ACCEPTED", "RESOLVED"},
            "returned", new String[] {"OPEN", "RETURNED"},
            "closed", new String[] {"RESOLVED", "CLOSED"});

    private final Cases cases;
    private final CaseEventRelay relay;
    private final Clock clock;
    private final CaseAudit audit;
    private final ClockPolicy policy;

    public HandlingCase(Cases cases, CaseEventRelay relay, Clock clock, CaseAudit audit, ClockPolicy policy) {
        this.cases = cases;
        this.relay = relay;
        this.clock = clock;
        this.audit = audit;
        this.policy = policy;
    }

    public Mono<CaseActionResult> accept(String caseId, StaffMember staff) {
        return unit(caseId, staff, "accepted", null, (c, now) -> c.accept(staff.subject(), now));
    }

    public Mono<CaseActionResult> giveBack(String caseId, StaffMember staff, String reason) {
        return unit(caseId, staff, "returned", reason, (c, now) -> c.giveBack(staff.subject(), reason, policy, now));
    }

    public Mono<CaseActionResult> start(String caseId, StaffMember staff, String note) {
        return unit(caseId, staff, "in-progress", null, (c, now) -> c.start(staff.subject(), note, now));
    }

    public Mono<CaseActionResult> suspend(String caseId, StaffMember staff, String reason) {
        return unit(caseId, staff, "suspended", reason, (c, now) -> c.suspend(staff.subject(), reason, now));
    }

    public Mono<CaseActionResult> resume(String caseId, StaffMember staff, String reason) {
        return unit(caseId, staff, "resumed", reason, (c, now) -> c.resume(staff.subject(), now));
    }

    public Mono<CaseActionResult> requestExtension(String caseId, StaffMember staff, String reason, int days) {
        return unit(caseId, staff, "extension-requested", reason,
                (c, now) -> c.requestExtension(staff.subject(), reason, days, policy, now));
    }

    public Mono<CaseActionResult> resolve(String caseId, StaffMember staff, String answer) {
        return unit(caseId, staff, "resolved", null, (c, now) -> c.resolve(staff.subject(), answer, now));
    }

    public Mono<CaseActionResult> startMediation(String caseId, StaffMember staff, MediationKind kind, String mediator,
            List<String> parties) {
        return unit(caseId, staff, "mediation-started", null,
                (c, now) -> c.startMediation(staff.subject(), kind, mediator, parties, policy, now));
    }

    public Mono<CaseActionResult> recordSession(String caseId, StaffMember staff, Instant heldAt, String place,
            List<String> attendees, String agreed) {
        return unit(caseId, staff, "mediation-session", null,
                (c, now) -> c.recordSession(staff.subject(), heldAt, place, attendees, agreed, now));
    }

    public Mono<CaseActionResult> concludeMediation(String caseId, StaffMember staff, MediationOutcome outcome, String terms,
            Instant signedAt, String nextStep) {
        return unit(caseId, staff, "mediation-concluded", null,
                (c, now) -> c.concludeMediation(staff.subject(), outcome, terms, signedAt, nextStep, policy, now));
    }

    /** Closes a resolved or called-back case of the unit head's unit; {@code reason} (optional) goes to the audit trail. */
    public Mono<CaseActionResult> close(String caseId, StaffMember staff, String outcome, String reason) {
        return unit(caseId, staff, "closed", reason, (c, now) -> c.close(outcome, false, now));
    }

    /** A supervisor closes an escalated case within their jurisdiction. */
    public Mono<CaseActionResult> closeEscalated(String caseId, StaffMember staff, String outcome, String reason) {
        return act(caseId, staff, CaseAccess.jurisdictionScope(staff, CaseAccess.SUPERVISORS), "closed", reason,
                (c, now) -> c.close(outcome, true, now));
    }

    public Mono<CaseActionResult> decideExtension(String caseId, StaffMember staff, boolean approve, Integer days, String note) {
        return act(caseId, staff, CaseAccess.jurisdictionScope(staff, CaseAccess.SUPERVISORS), "extension-decided", note,
                (c, now) -> c.decideExtension(staff.subject(), approve, days, note, policy, now));
    }

    public Mono<CaseActionResult> supervise(String caseId, StaffMember staff, String instructions) {
        return act(caseId, staff, CaseAccess.jurisdictionScope(staff, CaseAccess.SUPERVISORS), "supervised", instructions,
                (c, now) -> c.supervise(staff.subject(), instructions, now));
    }

    public Mono<CaseActionResult> callBack(String caseId, StaffMember staff, CallBackRating rating, String comment) {
        return act(caseId, staff, CaseAccess.jurisdictionScope(staff, CaseAccess.CALLERS), "called-back", comment,
                (c, now) -> c.callBack(staff.subject(), rating, comment, policy, now));
    }

    private Mono<CaseActionResult> unit(String caseId, StaffMember staff, String action, String reason, Step step) {
        return act(caseId, staff, CaseAccess.handlingScope(staff), action, reason, step);
    }

    /** One decision on a case at one instant. */
    @FunctionalInterface
    interface Step {
        CaseDecision decide(Case current, Instant now);
    }

    private Mono<CaseActionResult> act(String caseId, StaffMember staff, CaseScope scope, String action, String reason,
            Step step) {
        Instant now = Now.of(clock);
        return cases.byId(caseId, scope)
                .flatMap(current -> {
                    CaseDecision decision;
                    try {
                        decision = step.decide(current, now);
                    } catch (IllegalArgumentException e) {
                        return Mono.just(new CaseActionResult.Invalid(e.getMessage()));
                    }
                    return apply(current, staff, action, reason, decision);
                })
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
            Case current = unchanged.current();
            String[] fromTo = ONE_SHOT.get(action);
            if (fromTo == null) {
                return Mono.just(new CaseActionResult.Unchanged(current));
            }
            // a client retrying after a failed answer: completes a trail entry the first attempt may have missed (same id: never twice)
            return audit.record(entry(current, staff, action, reason, fromTo[0], fromTo[1], current.eventId(action), Now.of(clock)))
                    .thenReturn(new CaseActionResult.Unchanged(current));
        }
        return Mono.just(new CaseActionResult.Refused((CaseActionRejected) decision));
    }

    private AuditEntry entry(Case before, CaseChanged change, StaffMember staff, String action, String reason) {
        Case after = change.after();
        // the entry shares the id of the first event the change publishes: one step, one entry
        String id = change.events().isEmpty() ? after.caseId() + ":" + action + ":" + after.version()
                : change.events().get(0).eventId();
        Instant at = change.added().isEmpty() ? Now.of(clock) : change.added().get(0).at();
        return entry(after, staff, action, reason, before.state().name(), after.state().name(), id, at);
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
                .with("round", Integer.toString(after.round()))
                .withId(id)
                .at(at);
    }

}
