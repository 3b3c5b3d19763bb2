package org.suqiu.routing.assignment.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.suqiu.platform.security.JurisdictionScope;
import org.suqiu.platform.security.StaffMember;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.platform.security.audit.AuditTrail;
import org.suqiu.routing.assignment.application.RuleBook;
import org.suqiu.routing.assignment.model.InvalidRuleChangeException;
import org.suqiu.routing.assignment.model.RoutingRule;
import org.suqiu.routing.assignment.model.RuleSetVersion;
import org.suqiu.routing.directory.application.LiveDirectory;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.support.Access;
import org.suqiu.routing.support.WebProblems;

import com.fasterxml.jackson.annotation.JsonInclude;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 派单规则: the rule set in force (read by dispatchers, administrators and supervisors, within their
 * jurisdiction), its changes by administrators (create, update, retire: each a new version, refused
 * with 422 when invalid) and the history of its versions. A rule outside the caller's jurisdiction
 * answers 404 like a missing one.
 */
@RestController
@RequestMapping("/api/routing/rules")
public class RulesController {

    /** One rule, with its unit's name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleView(String ruleId, String category, String jurisdictionCode, String countyCode, String urgency,
                           String unitId, String unitName, int priority, Instant validFrom, Instant validUntil) {
    }

    /** A rule as an administrator writes it; {@code reason} goes into the audit trail. */
    public record RuleInput(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_.:-]+", message = "letters, digits and _ . : - only")
            String ruleId,
            @NotBlank @Size(max = 200) String category,
            @NotBlank @Pattern(regexp = "\\d{6}|\\d{9}|\\d{12}", message = "must be a division code of 6, 9 or 12 digits")
            String jurisdictionCode,
            @Pattern(regexp = "URGENT|NORMAL", message = "must be URGENT or NORMAL") String urgency,
            @NotBlank @Size(max = 100) String unitId,
            Integer priority,
            Instant validFrom,
            Instant validUntil,
            @NotBlank @Size(max = 500) String reason) {
    }

    /** Why a rule is retired. */
    public record Retirement(@NotBlank @Size(max = 500) String reason) {
    }

    /** A version of the rule set and the change that made it. */
    public record VersionView(int version, String change, String ruleId, String changedBy, String reason, Instant changedAt,
                              int ruleCount) {
        static VersionView of(RuleSetVersion v) {
            return new VersionView(v.version(), v.change(), v.ruleId(), v.changedBy(), v.reason(), v.changedAt(),
                    v.rules().size());
        }
    }

    /** The outcome of a change: the new version and the rule as it now is (null once retired). */
    public record Changed(int version, RuleView rule) {
    }

    private final RuleBook rules;
    private final LiveDirectory directory;
    private final AuditTrail auditTrail;

    public RulesController(RuleBook rules, LiveDirectory directory, AuditTrail auditTrail) {
        this.rules = rules;
        this.directory = directory;
        this.auditTrail = auditTrail;
    }

    /** The rules in force that apply within the caller's jurisdiction: those below it and those above it (which cover it). */
    @GetMapping
    @PreAuthorize(Access.RULE_READERS)
    public Flux<RuleView> rules(@RequestParam(required = false) String category,
                                @RequestParam(required = false) String countyCode,
                                @RequestParam(required = false) String jurisdictionCode, StaffMember staff) {
        String code = jurisdictionCode != null ? jurisdictionCode : countyCode;
        return Flux.fromStream(() -> rules.current().all().stream()
                .filter(r -> appliesWithin(r.jurisdictionCode(), staff))
                .filter(r -> category == null || r.category().equals(category.trim()) || r.category().startsWith(category.trim() + "/"))
                .filter(r -> code == null || r.jurisdictionCode().equals(code.trim()))
                .map(this::view));
    }

    @GetMapping("/{ruleId}")
    @PreAuthorize(Access.RULE_READERS)
    public Mono<RuleView> rule(@PathVariable String ruleId, StaffMember staff) {
        return Mono.justOrEmpty(rules.current().all().stream()
                        .filter(r -> r.ruleId().equals(ruleId) && appliesWithin(r.jurisdictionCode(), staff)).findFirst())
                .map(this::view)
                .switchIfEmpty(Mono.error(() -> notFound(ruleId)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Access.ADMIN)
    public Mono<Changed> create(@Valid @RequestBody RuleInput input, StaffMember staff) {
        if (!within(input.jurisdictionCode(), staff)) {
            return Mono.error(WebProblems.forbidden("jurisdiction " + input.jurisdictionCode() + " is outside yours"));
        }
        String id = input.ruleId().trim();
        return refusedAs422(rules.create(rule(id, input), AuditEntry.Actor.of(staff), input.reason()))
                .map(v -> changed(v, id));
    }

    @PutMapping("/{ruleId}")
    @PreAuthorize(Access.ADMIN)
    public Mono<Changed> update(@PathVariable String ruleId, @Valid @RequestBody RuleInput input, StaffMember staff) {
        return visibleToChange(ruleId, staff)
                .then(within(input.jurisdictionCode(), staff) ? Mono.empty()
                        : Mono.error(WebProblems.forbidden("jurisdiction " + input.jurisdictionCode() + " is outside yours")))
                .then(refusedAs422(rules.update(ruleId, rule(ruleId, input), AuditEntry.Actor.of(staff), input.reason())))
                .switchIfEmpty(Mono.error(() -> notFound(ruleId)))
                .map(v -> changed(v, ruleId));
    }

    @PostMapping("/{ruleId}/retirement")
    @PreAuthorize(Access.ADMIN)
    public Mono<Changed> retire(@PathVariable String ruleId, @Valid @RequestBody Retirement retirement, StaffMember staff) {
        return visibleToChange(ruleId, staff)
                .then(refusedAs422(rules.retire(ruleId, AuditEntry.Actor.of(staff), retirement.reason())))
                .switchIfEmpty(Mono.error(() -> notFound(ruleId)))
                .map(v -> new Changed(v.version(), null));
    }

    /** Every version of the rule set, newest first, with who changed what and why. */
    @GetMapping("/versions")
    @PreAuthorize(Access.RULE_READERS)
    public Flux<VersionView> versions() {
        return rules.history().map(VersionView::of);
    }

    /** The rules of one version (those applying within the caller's jurisdiction). */
    @GetMapping("/versions/{version}")
    @PreAuthorize(Access.RULE_READERS)
    public Flux<RuleView> version(@PathVariable String version, StaffMember staff) {
        int n;
        try {
            n = Integer.parseInt(version);
        } catch (NumberFormatException e) {
            return Flux.error(WebProblems.invalidParameter("version", "must be a whole number"));
        }
        return rules.version(n)
                .switchIfEmpty(Mono.error(() -> WebProblems.notFound("ruleset-version-not-found", "Rule-set version not found",
                        "There is no rule-set version " + version + ".")))
                .flatMapMany(v -> Flux.fromIterable(v.rules()))
                .filter(r -> appliesWithin(r.jurisdictionCode(), staff))
                .map(this::view);
    }

    /** The audit trail of the rule set: every change, oldest first. */
    @GetMapping("/audit")
    @PreAuthorize(Access.ADMIN)
    public Flux<AuditEntry> audit() {
        return auditTrail.ofResource("ruleset", "rules");
    }

    private Mono<Void> visibleToChange(String ruleId, StaffMember staff) {
        return rules.current().all().stream().filter(r -> r.ruleId().equals(ruleId) && within(r.jurisdictionCode(), staff))
                .findFirst().<Mono<Void>>map(r -> Mono.empty())
                .orElseGet(() -> Mono.error(notFound(ruleId)));
    }

    private static <T> Mono<T> refusedAs422(Mono<T> change) {
        return change.onErrorMap(InvalidRuleChangeException.class,
                e -> WebProblems.unprocessable("rule-change-refused", "Rule change refused", e.problems()));
    }

    private static RoutingRule rule(String id, RuleInput in) {
        return new RoutingRule(id, in.category().trim(), in.jurisdictionCode(), in.urgency(), in.unitId().trim(),
                in.priority() == null ? 0 : in.priority(), in.validFrom(), in.validUntil());
    }

    private Changed changed(RuleSetVersion v, String ruleId) {
        return new Changed(v.version(), v.rules().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().map(this::view)
                .orElse(null));
    }

    private RuleView view(RoutingRule r) {
        return new RuleView(r.ruleId(), r.category(), r.jurisdictionCode(), r.jurisdictionCode().length() == 6 ? r.jurisdictionCode() : null,
                r.urgency(), r.unitId(), directory.current().unit(r.unitId()).map(Unit::name).orElse(null), r.priority(),
                r.validFrom(), r.validUntil());
    }

    static boolean appliesWithin(String ruleJurisdiction, StaffMember staff) {
        return staff.scope().map(scope -> scope.covers(ruleJurisdiction)
                || JurisdictionScope.parse(ruleJurisdiction).map(rule -> rule.covers(scope)).orElse(false)).orElse(false);
    }

    private static boolean within(String code, StaffMember staff) {
        return staff.scope().map(scope -> scope.covers(code)).orElse(false);
    }

    private static RuntimeException notFound(String ruleId) {
        return WebProblems.notFound("rule-not-found", "Rule not found", "There is no rule " + ruleId + " (in force).");
    }
}
