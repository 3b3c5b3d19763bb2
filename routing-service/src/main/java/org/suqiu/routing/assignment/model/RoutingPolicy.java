package org.suqiu.routing.assignment.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.suqiu.routing.classification.model.Classification;
import org.suqiu.routing.classification.model.Classifier;
import org.suqiu.routing.directory.model.Directory;
import org.suqiu.routing.directory.model.Unit;
import org.suqiu.routing.jurisdiction.model.Jurisdiction;
import org.suqiu.routing.jurisdiction.model.JurisdictionFinding;
import org.suqiu.routing.jurisdiction.model.JurisdictionResolver;
import org.suqiu.routing.jurisdiction.model.Jurisdictions;

/**
 * 属地管理、分级负责; 谁主管、谁负责: decides where a grievance goes: its jurisdiction (where), its
 * category (what), then the rule for both; anything missing sends it to triage, never to a guess.
 */
public final class RoutingPolicy {

    private final JurisdictionResolver jurisdictionResolver;
    private final Jurisdictions jurisdictions;
    private final Classifier classifier;
    private final RoutingRules rules;
    private final Directory directory;

    public RoutingPolicy(JurisdictionResolver jurisdictionResolver, Jurisdictions jurisdictions, Classifier classifier,
                         RoutingRules rules, Directory directory) {
        this.jurisdictionResolver = jurisdictionResolver;
        this.jurisdictions = jurisdictions;
        this.classifier = classifier;
        this.rules = rules;
        this.directory = directory;
    }

    public RoutingDecision decide(GrievanceToRoute grievance, Instant now) {
        // stored times keep milliseconds only; deciding at that precision makes a re-published decision identical
        Instant decidedAt = now.truncatedTo(ChronoUnit.MILLIS);
        JurisdictionFinding where = jurisdictionResolver.resolve(grievance.location(), grievance.address(), grievance.text());
        Classification what = classifier.classify(grievance.text(), grievance.categoryHint());
        Jurisdiction jurisdiction = where.jurisdiction();
        RuleLookup lookup = jurisdiction != null && what.classified()
                ? rules.lookup(what.category(), jurisdictions.lineage(jurisdiction).stream().map(Jurisdiction::code).toList())
                : RuleLookup.notTried();
        DecisionTrace trace = new DecisionTrace(grievance, where.steps(),
                where.county() == null ? null : where.county().code(), what, lookup.considered(),
                lookup.rule().map(RoutingRule::ruleId).orElse(null));

        TriageReason reason = jurisdiction == null ? TriageReason.NO_JURISDICTION
                : !what.classified() ? TriageReason.NO_CATEGORY
                : lookup.rule().isEmpty() ? TriageReason.NO_RULE
                : null;
        String code = jurisdiction == null ? null : jurisdiction.code();
        String name = jurisdiction == null ? null : jurisdiction.name();
        if (reason != null) {
            return new RoutingDecision(grievance.grievanceId(), DecisionOutcome.SENT_TO_TRIAGE, reason, code, name,
                    where.method(), what.category(), what.confidence(), null, null, null, decidedAt, trace);
        }
        RoutingRule rule = lookup.winner();
        Unit unit = directory.unit(rule.unitId())
                .orElseThrow(() -> new IllegalStateException("rule " + rule.ruleId() + " names unknown unit " + rule.unitId()));
        return new RoutingDecision(grievance.grievanceId(), DecisionOutcome.ASSIGNED, null, code, name, where.method(),
                what.category(), what.confidence(), rule.ruleId(), unit.id(), unit.name(), decidedAt, trace);
    }

    /** The rule table in force. */
    public List<RoutingRule> rules() {
        return rules.all();
    }
}
