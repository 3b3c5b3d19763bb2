package org.suqiu.routing.assignment.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 派单规则集: one version of the rule set, (category, jurisdiction, urgency) → unit. The most
 * specific rule in force wins: the deepest jurisdiction first (乌镇镇 before 桐乡市 before 嘉兴市),
 * then the deepest category (城乡建设/市政设施 before 城乡建设), then a rule for the grievance's
 * urgency before one for any; among equally specific rules the higher priority. Two rules equally
 * specific with the same priority in force at the same time are refused, as are rules to unknown
 * units, jurisdictions or categories. Immutable; every change makes a new version.
 */
public final class RoutingRules {

    public static final Set<String> URGENCIES = Set.of("URGENT", "NORMAL");

    private final int version;
    private final List<RoutingRule> rules;

    private RoutingRules(int version, List<RoutingRule> rules) {
        this.version = version;
        this.rules = rules;
    }

    /** Version 1 of a table, validated (see {@link #validated(String, int, List, Predicate, Predicate, Predicate)}). */
    public static RoutingRules validated(String source, List<RoutingRule> rules, Predicate<String> knownCategory,
                                         Predicate<String> knownJurisdiction, Predicate<String> knownUnit) {
        return validated(source, 1, rules, knownCategory, knownJurisdiction, knownUnit);
    }

    /**
     * The rule set, if every rule has an id of its own, a known category path, jurisdiction and
     * unit, a known urgency (or none), and no two rules are equally specific with the same priority
     * while both in force; otherwise every problem at once.
     */
    public static RoutingRules validated(String source, int version, List<RoutingRule> rules, Predicate<String> knownCategory,
                                         Predicate<String> knownJurisdiction, Predicate<String> knownUnit) {
        List<String> problems = problems(rules, knownCategory, knownJurisdiction, knownUnit);
        if (!problems.isEmpty()) {
            throw new InvalidRuleTableException(source, problems);
        }
        return new RoutingRules(version, List.copyOf(rules));
    }

    /** Every reason the rules cannot be a rule set; empty when they can. */
    public static List<String> problems(List<RoutingRule> rules, Predicate<String> knownCategory,
                                        Predicate<String> knownJurisdiction, Predicate<String> knownUnit) {
        List<String> problems = new ArrayList<>();
        Map<String, RoutingRule> byId = new HashMap<>();
        for (RoutingRule rule : rules) {
            String name = "rule " + (blank(rule.ruleId()) ? "(without id)" : rule.ruleId());
            if (blank(rule.ruleId())) {
                problems.add(name + " for (" + rule.category() + ", " + rule.jurisdictionCode() + ") has no ruleId");
            } else if (byId.putIfAbsent(rule.ruleId(), rule) != null) {
                problems.add("ruleId " + rule.ruleId() + " is used twice");
            }
            if (!knownCategory.test(rule.category())) {
                problems.add(name + ": category '" + rule.category() + "' is not in the taxonomy");
            }
            if (!knownJurisdiction.test(rule.jurisdictionCode())) {
                problems.add(name + ": jurisdiction " + rule.jurisdictionCode() + " is not in the gazetteer");
            }
            if (!knownUnit.test(rule.unitId())) {
                problems.add(name + ": unit '" + rule.unitId() + "' is not in the directory");
            }
            if (rule.urgency() != null && !URGENCIES.contains(rule.urgency())) {
                problems.add(name + ": urgency '" + rule.urgency() + "' is not one of " + URGENCIES.stream().sorted().toList());
            }
            if (rule.validFrom() != null && rule.validUntil() != null && !rule.validUntil().isAfter(rule.validFrom())) {
                problems.add(name + ": validUntil is not after validFrom");
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                RoutingRule a = rules.get(i);
                RoutingRule b = rules.get(j);
                if (Objects.equals(a.category(), b.category()) && Objects.equals(a.jurisdictionCode(), b.jurisdictionCode())
                        && Objects.equals(a.urgency(), b.urgency()) && a.priority() == b.priority() && a.overlapsInTime(b)) {
                    problems.add("rules " + a.ruleId() + " and " + b.ruleId() + " both route (" + a.category() + ", "
                            + a.jurisdictionCode() + (a.urgency() == null ? "" : ", " + a.urgency())
                            + ") with priority " + a.priority() + ": a grievance may have only one unit");
                }
            }
        }
        return problems;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Only a first-level category, any urgency, at any time: the table's old lookup. */
    public RuleLookup lookup(String category, List<String> lineage) {
        return lookup(List.of(category), lineage, null, null);
    }

    /**
     * The rules that match a grievance of {@code categoryPath} in a jurisdiction whose lineage is
     * {@code lineage} (nearest first, e.g. 330483100, 330483, 330400), of {@code urgency}, in force
     * at {@code at} (null: any time), most specific first; the first one wins.
     */
    public RuleLookup lookup(List<String> categoryPath, List<String> lineage, String urgency, Instant at) {
        record Match(RoutingRule rule, int jurisdictionDepth, int categoryDepth, int urgencySpecific) {
        }
        List<Match> matches = new ArrayList<>();
        for (RoutingRule rule : rules) {
            int at0 = lineage.indexOf(rule.jurisdictionCode());
            if (at0 >= 0 && rule.coversCategory(categoryPath) && rule.coversUrgency(urgency) && rule.inForceAt(at)) {
                matches.add(new Match(rule, lineage.size() - at0, rule.categoryPath().size(), rule.urgency() == null ? 0 : 1));
            }
        }
        matches.sort(Comparator.comparingInt((Match m) -> m.jurisdictionDepth).reversed()
                .thenComparing(Comparator.comparingInt((Match m) -> m.categoryDepth).reversed())
                .thenComparing(Comparator.comparingInt((Match m) -> m.urgencySpecific).reversed())
                .thenComparing(Comparator.comparingInt((Match m) -> m.rule.priority()).reversed())
                .thenComparing(m -> m.rule.ruleId()));
        List<RuleCandidate> considered = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            RoutingRule r = matches.get(i).rule;
            considered.add(new RuleCandidate(r.ruleId(), r.category(), r.jurisdictionCode(), r.urgency(), r.priority(),
                    r.unitId(), i + 1));
        }
        return new RuleLookup(considered, matches.isEmpty() ? null : matches.get(0).rule,
                matches.stream().map(Match::rule).toList());
    }

    /** The rule-set version decisions name. */
    public int version() {
        return version;
    }

    public List<RoutingRule> all() {
        return rules;
    }
}
