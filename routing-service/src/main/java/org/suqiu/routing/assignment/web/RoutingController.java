package org.suqiu.routing.assignment.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.routing.assignment.application.AssigningByHand;
import org.suqiu.routing.assignment.application.DecisionScope;
import org.suqiu.routing.assignment.application.Decisions;
import org.suqiu.routing.assignment.application.Fingerprints;
import org.suqiu.routing.assignment.messaging.RoutedEventsPublisher;
import org.suqiu.routing.assignment.model.DecisionTrace;
import org.suqiu.routing.assignment.model.GrievanceToRoute;
import org.suqiu.routing.assignment.model.Matter;
import org.suqiu.routing.assignment.model.RoutingDecision;
import org.suqiu.routing.assignment.model.RoutingPolicy;
import org.suqiu.routing.classification.model.CategoryScore;
import org.suqiu.routing.classification.model.Taxonomy;
import org.suqiu.routing.directory.application.LiveDirectory;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.jurisdiction.model.GeoLocation;
import org.suqiu.routing.jurisdiction.model.Jurisdiction;
import org.suqiu.routing.jurisdiction.model.Jurisdictions;
import org.suqiu.routing.support.Access;
import org.suqiu.routing.support.WebProblems;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * What routing decided and why: one grievance's decision with its trace, the triage queue (人工分拨)
 * newest first with suggestions, a dispatcher's assignment by hand, and the preview of a decision
 * that stores and emits nothing. Each answer holds only what the caller's unit or jurisdiction
 * covers (see {@link DecisionScope}); a decision out of scope is not found.
 */
@RestController
@RequestMapping("/api/routing")
public class RoutingController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;

    /** A decision with its trace; {@code eventId} is the id of the event that published it. */
    public record DecisionView(String grievanceId, String trackingNo, String outcome, String triageReason,
                               String jurisdictionCode, String jurisdictionName, String jurisdictionMethod,
                               String category, Double confidence, String ruleId, Integer ruleVersion, String unitId,
                               String unitName, String urgency, String assignedBy, int attempt, List<String> triedUnitIds,
                               Instant decidedAt, String eventId, DecisionTrace trace) {

        static DecisionView of(RoutingDecision d) {
            return new DecisionView(d.grievanceId(), d.trace().input().trackingNo(), d.outcome().name(),
                    d.triageReason() == null ? null : d.triageReason().name(), d.jurisdictionCode(), d.jurisdictionName(),
                    d.jurisdictionMethod() == null ? null : d.jurisdictionMethod().name(), d.category(), d.confidence(),
                    d.ruleId(), d.ruleVersion(), d.unitId(), d.unitName(), d.urgency(), d.assignedBy(), d.attempt(),
                    d.triedUnitIds(), d.decidedAt(), RoutedEventsPublisher.eventId(d), d.trace());
        }
    }

    /** A unit a dispatcher might choose. */
    public record Suggestion(String unitId, String unitName) {
    }

    /** A grievance waiting in triage for a dispatcher, with the trace and the suggestions. */
    public record TriageItem(String grievanceId, String trackingNo, String channel, String reason,
                             String jurisdictionCode, String jurisdictionName, String category, Double confidence,
                             List<CategoryScore> categoryScores, List<Suggestion> suggestions, int attempt,
                             List<String> triedUnitIds, Instant sentAt, DecisionTrace trace) {
    }

    /** A dispatcher's assignment: the unit, optionally the category, why, and the attempt they saw. */
    public record Assignment(@NotBlank @Size(max = 100) String unitId, @Size(max = 200) String category,
                             @NotBlank @Size(max = 500) String reason, Integer attempt) {
    }

    /** A location as the preview takes it. */
    public record LocationInput(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
                                @NotNull @DecimalMin("-180") @DecimalMax("180") Double lng,
                                @Pattern(regexp = "(?i)WGS84|GCJ-?02", message = "must be WGS84 or GCJ02") String crs) {
    }

    /** What the preview routes: as a channel would send it. */
    public record PreviewInput(@NotBlank @Size(max = 10000) String text,
                               @Pattern(regexp = "HOTLINE|WEB|WECHAT|MAILBOX", message = "must be HOTLINE, WEB, WECHAT or MAILBOX")
                               String channel,
                               @Valid LocationInput location,
                               @Size(max = 500) String address,
                               @Size(max = 200) String categoryHint,
                               @Pattern(regexp = "URGENT|NORMAL", message = "must be URGENT or NORMAL") String urgency,
                               @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "must be a division code of 6, 9 or 12 digits")
                               String homeJurisdiction) {
    }

    /** The preview's answer: what routing would decide, nothing stored or sent. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Preview(PreviewCategory category, PreviewJurisdiction jurisdiction, PreviewUnit unit, boolean triage,
                          String triageReason, String ruleId, Integer ruleVersion, DecisionTrace trace) {
    }

    /** The category: first-level name as in the taxonomy, its path, the confidence. */
    public record PreviewCategory(String name, List<String> path, Double confidence) {
    }

    /** The jurisdiction: code, name, level and how it was found. */
    public record PreviewJurisdiction(String code, String name, String level, String method) {
    }

    /** The unit it would go to. */
    public record PreviewUnit(String id, String name) {
    }

    private final Decisions decisions;
    private final Fingerprints fingerprints;
    private final AuditTrail auditTrail;
    private final RoutingPolicy policy;
    private final AssigningByHand assigning;
    private final LiveDirectory directory;
    private final Jurisdictions jurisdictions;
    private final Taxonomy taxonomy;
    private final Clock clock;

    public RoutingController(Decisions decisions, Fingerprints fingerprints, AuditTrail auditTrail, RoutingPolicy policy,
                             AssigningByHand assigning, LiveDirectory directory, Jurisdictions jurisdictions, Taxonomy taxonomy,
                             Clock clock) {
        this.decisions = decisions;
        this.fingerprints = fingerprints;
        this.auditTrail = auditTrail;
        this.policy = policy;
        this.assigning = assigning;
        this.directory = directory;
        this.jurisdictions = jurisdictions;
        this.taxonomy = taxonomy;
        this.clock = clock;
    }

    /** The decision with its trace, the citizen's text included: every role that may see the case works on it. */
    @GetMapping("/decisions/{grievanceId}")
    @PreAuthorize(Access.CASE_READERS)
    public Mono<DecisionView> decision(@PathVariable String grievanceId, StaffMember staff) {
        return visibleDecision(grievanceId, DecisionScope.forDecision(staff)).map(DecisionView::of);
    }

    /** The decision's audit trail (留痕), oldest first, for those who may see the decision. */
    @GetMapping("/decisions/{grievanceId}/audit")
    @PreAuthorize(Access.CASE_READERS)
    public Flux<AuditEntry> decisionAudit(@PathVariable String grievanceId, StaffMember staff) {
        return visibleDecision(grievanceId, DecisionScope.forDecision(staff))
                .flatMapMany(d -> auditTrail.ofResource("grievance", d.grievanceId()));
    }

    // out of scope answers exactly like a grievance never routed, so ids cannot be probed
    private Mono<RoutingDecision> visibleDecision(String grievanceId, DecisionScope scope) {
        return decisions.byGrievanceId(grievanceId, scope)
                .switchIfEmpty(Mono.error(() -> notFound(grievanceId)));
    }

    private static RuntimeException notFound(String grievanceId) {
        return WebProblems.notFound("decision-not-found", "Decision not found",
                "Grievance " + grievanceId + " has not been routed (yet).");
    }

    @GetMapping("/triage")
    @PreAuthorize(Access.TRIAGE)
    public Flux<TriageItem> triage(@RequestParam(required = false) String limit, StaffMember staff) {
        return Flux.defer(() -> decisions.sentToTriage(WebProblems.limit(limit, DEFAULT_LIMIT, MAX_LIMIT),
                        DecisionScope.forTriage(staff)))
                .map(this::triageItem);
    }

    private TriageItem triageItem(RoutingDecision d) {
        List<Suggestion> suggestions = d.trace().candidateUnitIds().stream()
                .map(id -> directory.current().unit(id)).flatMap(java.util.Optional::stream)
                .map(u -> new Suggestion(u.id(), u.name())).toList();
        return new TriageItem(d.grievanceId(), d.trace().input().trackingNo(), d.trace().input().channel(),
                d.triageReason() == null ? null : d.triageReason().name(), d.jurisdictionCode(), d.jurisdictionName(),
                d.category(), d.confidence(), d.trace().classification().scores(), suggestions, d.attempt(), d.triedUnitIds(),
                d.decidedAt(), d.trace());
    }

    /**
     * 人工分拨: a dispatcher assigns a grievance in their scope to a unit (recorded with their name),
     * published as {@code GrievanceAssigned} with the next attempt.
     */
    @PostMapping("/triage/{grievanceId}/assignment")
    @PreAuthorize(Access.TRIAGE)
    public Mono<DecisionView> assign(@PathVariable String grievanceId, @Valid @RequestBody Assignment assignment,
                                     StaffMember staff) {
        Unit unit = directory.current().unit(assignment.unitId().trim()).orElse(null);
        if (unit == null) {
            return Mono.error(WebProblems.unprocessable("unknown-unit", "Unknown unit",
                    List.of("unit '" + assignment.unitId() + "' is not in the directory")));
        }
        String category = null;
        if (assignment.category() != null && !assignment.category().isBlank()) {
            category = taxonomy.resolve(assignment.category()).map(p -> p.get(0)).orElse(null);
            if (category == null) {
                return Mono.error(WebProblems.unprocessable("unknown-category", "Unknown category",
                        List.of("category '" + assignment.category() + "' is not in the taxonomy")));
            }
        }
        return assigning.assign(grievanceId, unit, category, assignment.reason(), assignment.attempt(), staff,
                        DecisionScope.forTriage(staff))
                .onErrorMap(AssigningByHand.NotVisibleException.class, e -> notFound(grievanceId))
                .onErrorMap(AssigningByHand.ConflictException.class,
                        e -> WebProblems.conflict("decision-changed", "Decision changed", e.getMessage()))
                .map(DecisionView::of);
    }

    /**
     * 并单: the matters several citizens raised within the last {@code hours} (default 24, at most
     * 720) in the caller's jurisdiction, biggest first: a surge shows as a high count.
     */
    @GetMapping("/matters")
    @PreAuthorize(Access.OVERSEERS)
    public Flux<Matter> matters(@RequestParam(required = false) String hours, @RequestParam(required = false) String limit,
                                StaffMember staff) {
        return Flux.defer(() -> {
            int h = WebProblems.wholeNumber("hours", hours, 24, 720);
            DecisionScope scope = new DecisionScope(null, staff.jurisdiction(), false);
            return fingerprints.matters(clock.instant().minus(java.time.Duration.ofHours(h)), scope,
                    WebProblems.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
        });
    }

    /** What routing would decide for this grievance, now, under the rule set in force: nothing stored, nothing sent. */
    @PostMapping("/preview")
    @PreAuthorize(Access.TRIAGE)
    public Mono<Preview> preview(@Valid @RequestBody PreviewInput in) {
        GeoLocation location = in.location() == null ? null
                : new GeoLocation(in.location().lat(), in.location().lng(), in.location().crs() == null ? "WGS84" : in.location().crs());
        GrievanceToRoute grievance = new GrievanceToRoute("preview", null, in.channel(), in.text(), location, in.address(),
                in.categoryHint(), in.urgency(), in.homeJurisdiction(), null, clock.instant(), null);
        // classifying and locating are CPU work: off the event loop
        return Mono.fromCallable(() -> preview(policy.decide(grievance, clock.instant())))
                .subscribeOn(Schedulers.parallel());
    }

    private Preview preview(RoutingDecision d) {
        var c = d.trace().classification();
        Jurisdiction j = jurisdictions.byCode(d.jurisdictionCode()).orElse(null);
        return new Preview(
                new PreviewCategory(c.category(), c.path(), c.confidence()),
                j == null ? null : new PreviewJurisdiction(j.code(), j.name(), j.level().name(),
                        d.jurisdictionMethod() == null ? null : d.jurisdictionMethod().name()),
                d.unitId() == null ? null : new PreviewUnit(d.unitId(), d.unitName()),
                !d.assigned(), d.triageReason() == null ? null : d.triageReason().name(), d.ruleId(), d.ruleVersion(),
                d.trace());
    }
}
