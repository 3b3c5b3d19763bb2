package org.suqiu.routing.assignment.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * 派单目录: the rule table, category × jurisdiction → unit. A grievance is looked up at its
 * deepest jurisdiction first, then at each level above it, so a rule for a county also covers its
 * townships and a township rule, once there is one, wins over its county's.
 */
public final class RoutingRules {

    private record Key(String category, String jurisdictionCode) {
    }

    private final List<RoutingRule> rules;
    private final Map<Key, RoutingRule> byKey;

    private RoutingRules(List<RoutingRule> rules, Map<Key, RoutingRule> byKey) {
        this.rules = rules;
        this.byKey = byKey;
    }

    /**
     * The table, if every rule has an id of its own, a known category, jurisdiction and unit, and no
     * two rules share a (category, jurisdiction); otherwise every problem at once.
     */
    public static RoutingRules validated(String source, List<RoutingRule> rules, Predicate<String> knownCategory,
                                         Predicate<String> knownJurisdiction, Predicate<String> knownUnit) {
        List<String> problems = new ArrayList<>();
        Map<String, RoutingRule> byId = new HashMap<>();
        Map<Key, RoutingRule> byKey = new LinkedHashMap<>();
        for (RoutingRule rule : rules) {
            String name = "rule " + (blank(rule.ruleId()) ? "(without id)" : rule.ruleId());
            if (blank(rule.ruleId())) {
                problems.add(name + " for (" + rule.category() + ", " + rule.jurisdictionCode() + ") has no ruleId");
            } else if (byId.putIfAbsent(rule.ruleId(), rule) != null) {
                problems.add("ruleId " + rule.ruleId() + " is used twice");
            }
            if (!knownCategory.test(rule.category())) {
                problems.add(name + ": category '" + rule.category() + "' is not a first-level category");
            }
            if (!knownJurisdiction.test(rule.jurisdictionCode())) {
                problems.add(name + ": jurisdiction " + rule.jurisdictionCode() + " is not in the gazetteer");
            }
            if (!knownUnit.test(rule.unitId())) {
                problems.add(name + ": unit '" + rule.unitId() + "' is not in the directory");
            }
            RoutingRule other = byKey.putIfAbsent(new Key(rule.category(), rule.jurisdictionCode()), rule);
            if (other != null) {
                problems.add("rules " + other.ruleId() + " and " + rule.ruleId() + " both route (" + rule.category() + ", "
                        + rule.jurisdictionCode() + "): a grievance may have only one unit");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRuleTableException(source, problems);
        }
        return new RoutingRules(List.copyOf(rules), Map.copyOf(byKey));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * The rule for a category in a jurisdiction, tried at each code of its lineage, nearest first
     * (e.g. 330483100, 330483, 330400).
     */
    public RuleLookup lookup(String category, List<String> lineage) {
        List<RuleCandidate> considered = new ArrayList<>();
        for (String code : lineage) {
            RoutingRule rule = byKey.get(new Key(category, code));
            considered.add(new RuleCandidate(category, code, rule == null ? null : rule.ruleId(),
                    rule == null ? null : rule.unitId()));
            if (rule != null) {
                return new RuleLookup(considered, rule);
            }
        }
        return new RuleLookup(considered, null);
    }

    public List<RoutingRule> all() {
        return rules;
    }
}
