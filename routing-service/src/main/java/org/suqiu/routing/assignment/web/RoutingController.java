package org.suqiu.routing.assignment.web;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.suqiu.routing.assignment.application.Decisions;
import org.suqiu.routing.assignment.messaging.RoutedEventsPublisher;
import org.suqiu.routing.assignment.model.DecisionTrace;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.assignment.model.RoutingRules;
import org.suqiu.routing.directory.model.Directory;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.support.WebProblems;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What routing decided and why: the rule table, one grievance's decision with its trace, and the
 * triage queue (人工分拨) newest first.
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

    public RoutingController(RoutingRules rules, Directory directory, Decisions decisions) {
        this.rules = rules;
        this.directory = directory;
        this.decisions = decisions;
    }

    @GetMapping("/rules")
    public List<RuleView> rules(@RequestParam(required = false) String category,
                                @RequestParam(required = false) String countyCode) {
        return rules.all().stream()
                .filter(r -> category == null || r.category().equals(category.trim()))
                .filter(r -> countyCode == null || r.jurisdictionCode().equals(countyCode.trim()))
                .map(r -> new RuleView(r.ruleId(), r.category(), r.jurisdictionCode(), r.unitId(),
                        directory.unit(r.unitId()).map(Unit::name).orElse(null)))
                .toList();
    }

    @GetMapping("/decisions/{grievanceId}")
    public Mono<DecisionView> decision(@PathVariable String grievanceId) {
        return decisions.byGrievanceId(grievanceId).map(DecisionView::of)
                .switchIfEmpty(Mono.error(() -> WebProblems.notFound("decision-not-found", "Decision not found",
                        "Grievance " + grievanceId + " has not been routed (yet).")));
    }

    @GetMapping("/triage")
    public Flux<TriageItem> triage(@RequestParam(required = false) String limit) {
        return Flux.defer(() -> decisions.sentToTriage(WebProblems.limit(limit, DEFAULT_LIMIT, MAX_LIMIT)))
                .map(TriageItem::of);
    }
}
