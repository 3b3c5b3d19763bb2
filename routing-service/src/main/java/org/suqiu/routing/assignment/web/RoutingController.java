package org.suqiu.routing.assignment.web;

import java.time.Instant;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.routing.assignment.application.DecisionScope;
import org.suqiu.routing.assignment.application.Decisions;
import org.suqiu.routing.assignment.messaging.RoutedEventsPublisher;
import org.suqiu.routing.assignment.model.DecisionTrace;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.assignment.model.RoutingRules;
import org.suqiu.routing.directory.model.Directory;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.support.Access;
import org.suqiu.routing.support.WebProblems;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What routing decided and why: the rule table, one grievance's decision with its trace, and the
 * triage queue (人工分拨) newest first. Each answer holds only what the caller's unit or
 * jurisdiction covers (see {@link DecisionScope}); a decision out of scope is not found.
 */
@RestController
@RequestMapping("/api/routing")
public class RoutingController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    /** One rule of the table, with its unit's name. */
    public record RuleView(String ruleId, String category, String countyCode, String unitId, String unitName) {
    }

    /** A decision with its trace; {@code eventId} is the id of the event that published it. */
    public record DecisionView(String grievanceId, String trackingNo, String outcome, String triageReason,
                               String jurisdictionCode, String jurisdictionName, String jurisdictionMethod,
                               String category, Double confidence, String ruleId, String unitId, String unitName,
                               Instant decidedAt, String eventId, DecisionTrace trace) {

        static DecisionView of(RoutingDecision d) {
            return new DecisionView(d.grievanceId(), d.trace().input().trackingNo(), d.outcome().name(),
                    d.triageReason() == null ? null : d.triageReason().name(), d.jurisdictionCode(), d.jurisdictionName(),
                    d.jurisdictionMethod() == null ? null : d.jurisdictionMethod().name(), d.category(), d.confidence(),
                    d.ruleId(), d.unitId(), d.unitName(), d.decidedAt(), RoutedEventsPublisher.eventId(d), d.trace());
        }
    }

    /** A grievance waiting in triage for a dispatcher. */
    public record TriageItem(String grievanceId, String trackingNo, String channel, String reason,
                             String jurisdictionCode, String category, Instant sentAt) {

        static TriageItem of(RoutingDecision d) {
            return new TriageItem(d.grievanceId(), d.trace().input().trackingNo(), d.trace().input().channel(),
                    d.triageReason().name(), d.jurisdictionCode(), d.category(), d.decidedAt());
        }
    }

    private final RoutingRules rules;
    private final Directory directory;
    private final Decisions decisions;
    private final AuditTrail auditTrail;

    public RoutingController(RoutingRules rules, Directory directory, Decisions decisions, AuditTrail auditTrail) {
        this.rules = rules;
        this.directory = directory;
        this.decisions = decisions;
        this.auditTrail = auditTrail;
    }

    /** The rules that apply within the caller's jurisdiction: those below it and those above it (which cover it). */
    @GetMapping("/rules")
    @PreAuthorize(Access.RULE_READERS)
    public Flux<RuleView> rules(@RequestParam(required = false) String category,
                                @RequestParam(required = false) String countyCode, StaffMember staff) {
        return Flux.fromStream(() -> rules.all().stream()
                .filter(r -> appliesWithin(r.jurisdictionCode(), staff))
                .filter(r -> category == null || r.category().equals(category.trim()))
                .filter(r -> countyCode == null || r.jurisdictionCode().equals(countyCode.trim()))
                .map(r -> new RuleView(r.ruleId(), r.category(), r.jurisdictionCode(), r.unitId(),
                        directory.unit(r.unitId()).map(Unit::name).orElse(null))));
    }

    private static boolean appliesWithin(String ruleJurisdiction, StaffMember staff) {
        return staff.scope().map(scope -> scope.covers(ruleJurisdiction)
                || JurisdictionScope.parse(ruleJurisdiction).map(rule -> rule.covers(scope)).orElse(false)).orElse(false);
    }

    /** The decision with its trace, the citizen's text included: every role that may see the case works on it. */
    @GetMapping("/decisions/{grievanceId}")
    @PreAuthorize(Access.CASE_READERS)
    public Mono<DecisionView> decision(@PathVariable String grievanceId, StaffMember staff) {
        return visibleDecision(grievanceId, staff).map(DecisionView::of);
    }

    /** The decision's audit trail (留痕), oldest first, for those who may see the decision. */
    @GetMapping("/decisions/{grievanceId}/audit")
    @PreAuthorize(Access.CASE_READERS)
    public Flux<AuditEntry> decisionAudit(@PathVariable String grievanceId, StaffMember staff) {
        return visibleDecision(grievanceId, staff).flatMapMany(d -> auditTrail.ofResource("grievance", d.grievanceId()));
    }

    // out of scope answers exactly like a grievance never routed, so ids cannot be probed
    private Mono<RoutingDecision> visibleDecision(String grievanceId, StaffMember staff) {
        return decisions.byGrievanceId(grievanceId, DecisionScope.forDecision(staff))
                .switchIfEmpty(Mono.error(() -> WebProblems.notFound("decision-not-found", "Decision not found",
                        "Grievance " + grievanceId + " has not been routed (yet).")));
    }

    @GetMapping("/triage")
    @PreAuthorize(Access.TRIAGE)
    public Flux<TriageItem> triage(@RequestParam(required = false) String limit, StaffMember staff) {
        return Flux.defer(() -> decisions.sentToTriage(WebProblems.limit(limit, DEFAULT_LIMIT, MAX_LIMIT),
                        DecisionScope.forTriage(staff)))
                .map(TriageItem::of);
    }
}
