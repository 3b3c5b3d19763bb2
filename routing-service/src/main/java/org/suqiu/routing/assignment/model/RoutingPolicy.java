package org.suqiu.routing.assignment.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.suqiu.routing.classification.model.Classification;
import org.suqiu.routing.classification.model.Classifier;
import org.suqiu.routing.directory.model.Directory;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.directory.model.UnitKind;
import org.suqiu.routing.jurisdiction.model.Jurisdiction;
import org.suqiu.routing.jurisdiction.model.JurisdictionFinding;
import org.suqiu.routing.jurisdiction.model.JurisdictionResolver;
import org.suqiu.routing.jurisdiction.model.Jurisdictions;

/**
 * 属地管理、分级负责; 谁主管、谁负责: decides where a grievance goes: its jurisdiction (where), its
 * category (what), then the most specific rule in force for both and its urgency; anything missing
 * or uncertain sends it to triage, never to a guess. Reads the current rule set and directory at
 * every decision, so a new rule-set version applies at once.
 */
public final class RoutingPolicy {

    /** How many automatic re-routings after 退单 before a dispatcher must decide. */
    public static final int MAX_AUTO_REROUTES = 2;

    private final JurisdictionResolver jurisdictionResolver;
    private final Jurisdictions jurisdictions;
    private final Classifier classifier;
    private final Supplier<RoutingRules> rules;
    private final Supplier<Directory> directory;

    public RoutingPolicy(JurisdictionResolver jurisdictionResolver, Jurisdictions jurisdictions, Classifier classifier,
                         Supplier<RoutingRules> rules, Supplier<Directory> directory) {
        this.jurisdictionResolver = jurisdictionResolver;
        this.jurisdictions = jurisdictions;
        this.classifier = classifier;
        this.rules = rules;
        this.directory = directory;
    }

    public RoutingPolicy(JurisdictionResolver jurisdictionResolver, Jurisdictions jurisdictions, Classifier classifier,
                         RoutingRules rules, Directory directory) {
        this(jurisdictionResolver, jurisdictions, classifier, () -> rules, () -> directory);
    }

    public RoutingDecision decide(GrievanceToRoute grievance, Instant now) {
        // stored times keep milliseconds only; deciding at that precision makes a re-published decision identical
        Instant decidedAt = now.truncatedTo(ChronoUnit.MILLIS);
        RoutingRules ruleSet = rules.get();
        Directory units = directory.get();
        JurisdictionFinding where = jurisdictionResolver.resolve(grievance.location(), grievance.address(), grievance.text(),
                grievance.homeJurisdiction());
        Classification what = classifier.classify(grievance.text(), grievance.categoryHint());
        Jurisdiction jurisdiction = where.jurisdiction();
        List<String> lineage = jurisdiction == null ? List.of()
                : jurisdictions.lineage(jurisdiction).stream().map(Jurisdiction::code).toList();
        RuleLookup lookup = jurisdiction != null && what.classified()
                ? ruleSet.lookup(what.path(), lineage, grievance.urgencyOrNormal(), decidedAt)
                : RuleLookup.notTried();
        List<String> candidates = candidates(lookup, lineage, units);
        DecisionTrace trace = new DecisionTrace(grievance, where.steps(),
                where.county() == null ? null : where.county().code(), what, lookup.considered(),
                lookup.rule().map(RoutingRule::ruleId).orElse(null), candidates);

        TriageReason reason = jurisdiction == null ? TriageReason.NO_JURISDICTION
                : what.uncertain() ? TriageReason.LOW_CONFIDENCE
                : !what.classified() ? TriageReason.NO_CATEGORY
                : lookup.rule().isEmpty() ? TriageReason.NO_RULE
                : null;
        String code = jurisdiction == null ? null : jurisdiction.code();
        String name = jurisdiction == null ? null : jurisdiction.name();
        if (reason != null) {
            return new RoutingDecision(grievance.grievanceId(), DecisionOutcome.SENT_TO_TRIAGE, reason, code, name,
                    where.method(), what.category(), what.confidence(), null, ruleSet.version(), null, null,
                    grievance.urgencyOrNormal(), null, 0, List.of(), 0, decidedAt, null, trace);
        }
        RoutingRule rule = lookup.winner();
        Unit unit = units.unit(rule.unitId())
                .orElseThrow(() -> new IllegalStateException("rule " + rule.ruleId() + " names unknown unit " + rule.unitId()));
        return new RoutingDecision(grievance.grievanceId(), DecisionOutcome.ASSIGNED, null, code, name, where.method(),
                what.category(), what.confidence(), rule.ruleId(), ruleSet.version(), unit.id(), unit.name(),
                grievance.urgencyOrNormal(), null, 0, List.of(), 0, decidedAt, null, trace);
    }

    /** The units that could take it, best first: the matching rules' units, then the 属地 governments up the lineage. */
    private static List<String> candidates(RuleLookup lookup, List<String> lineage, Directory units) {
        Set<String> ordered = new LinkedHashSet<>();
        lookup.matching().forEach(r -> ordered.add(r.unitId()));
        List<Unit> all = lineage.isEmpty() ? List.of() : units.units();
        for (String code : lineage) {
            all.stream()
                    .filter(u -> u.kind() == UnitKind.LOCAL_GOVERNMENT && u.jurisdictionCode().equals(code))
                    .forEach(u -> ordered.add(u.id()));
        }
        return List.copyOf(ordered);
    }

    /**
     * 退单: the decision after {@code returnedUnitId} returned the grievance: the next candidate unit
     * (under the current rules) that has not had it, as attempt + 1; or triage ({@code RETURNED}) after
     * {@value #MAX_AUTO_REROUTES} automatic re-routings or when no candidate is left. Empty when the
     * return is not for the unit that has it now (stale or repeated), so it changes nothing.
     */
    public Optional<RoutingDecision> afterReturn(RoutingDecision current, String returnedUnitId, String reason, Instant now) {
        if (!current.assigned() || !returnedUnitId.equals(current.unitId())) {
            return Optional.empty();
        }
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        List<String> tried = new ArrayList<>(current.triedUnitIds());
        tried.add(returnedUnitId);
        RoutingDecision fresh = decide(current.trace().input(), at);
        Optional<Unit> next = current.autoReroutes() >= MAX_AUTO_REROUTES ? Optional.empty()
                : fresh.trace().candidateUnitIds().stream().filter(id -> !tried.contains(id)).findFirst()
                        .flatMap(id -> directory.get().unit(id));
        DecisionTrace trace = fresh.trace();
        if (next.isEmpty()) {
            return Optional.of(new RoutingDecision(current.grievanceId(), DecisionOutcome.SENT_TO_TRIAGE, TriageReason.RETURNED,
                    current.jurisdictionCode(), current.jurisdictionName(), current.jurisdictionMethod(), current.category(),
                    current.confidence(), null, fresh.ruleVersion(), null, null, current.urgency(), null,
                    current.attempt() + 1, tried, current.autoReroutes(), at, null, trace));
        }
        String ruleId = fresh.trace().rulesConsidered().stream().filter(r -> r.unitId().equals(next.get().id()))
                .map(RuleCandidate::ruleId).findFirst().orElse(null);
        return Optional.of(new RoutingDecision(current.grievanceId(), DecisionOutcome.ASSIGNED, null,
                current.jurisdictionCode(), current.jurisdictionName(), current.jurisdictionMethod(), current.category(),
                current.confidence(), ruleId, fresh.ruleVersion(), next.get().id(), next.get().name(), current.urgency(), null,
                current.attempt() + 1, tried, current.autoReroutes() + 1, at, null, trace));
    }

    /**
     * 人工分拨: a dispatcher's assignment of a grievance (in triage, or to override) to a unit, as
     * attempt + 1; it resets the count of automatic re-routings and may name a unit tried before.
     */
    public RoutingDecision assignByHand(RoutingDecision current, Unit unit, String dispatcher, String category, Instant now) {
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        List<String> tried = new ArrayList<>(current.triedUnitIds());
        if (current.unitId() != null && !tried.contains(current.unitId())) {
            tried.add(current.unitId());
        }
        String jurisdictionCode = current.jurisdictionCode() != null ? current.jurisdictionCode() : unit.jurisdictionCode();
        String jurisdictionName = current.jurisdictionCode() != null ? current.jurisdictionName()
                : jurisdictions.byCode(unit.jurisdictionCode()).map(Jurisdiction::name).orElse(null);
        return new RoutingDecision(current.grievanceId(), DecisionOutcome.ASSIGNED, null, jurisdictionCode, jurisdictionName,
                current.jurisdictionCode() != null ? current.jurisdictionMethod()
                        : org.suqiu.routing.jurisdiction.model.JurisdictionMethod.MANUAL,
                category != null ? category : current.category(), category != null ? Double.valueOf(1.0) : current.confidence(),
                null, current.ruleVersion(), unit.id(), unit.name(), current.urgency(), dispatcher, current.attempt() + 1,
                tried, 0, at, null, current.trace());
    }

    /** The rule set in force. */
    public RoutingRules ruleSet() {
        return rules.get();
    }

    /** The rule table in force. */
    public List<RoutingRule> rules() {
        return rules.get().all();
    }

    public Directory directory() {
        return directory.get();
    }
}
