package org.suqiu.notification.escalation.model;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.suqiu.notification.alert.model.AlertKind;

/**
 * 督办规则: the escalation policy as data. The rule for an alert is the one of its kind and level for
 * its clock (a clock-specific rule beats a {@code *} rule); an overdue level without a rule of its
 * own takes the highest rule below it ("3 and above").
 */
public final class EscalationPolicy {

    private final List<EscalationRule> rules;

    public EscalationPolicy(List<EscalationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** warning → handler; overdue 1 → unit head; 2 → the jurisdiction's supervisors (督查督办); 3 → the level above's. */
    public static EscalationPolicy defaults() {
        return new EscalationPolicy(List.of(
                new EscalationRule("*", AlertKind.DEADLINE_APPROACHING, 0, List.of(Rung.HANDLER), List.of(), false, null),
                new EscalationRule("*", AlertKind.OVERDUE, 1, List.of(Rung.UNIT_HEAD), List.of(), true, Duration.ofHours(4)),
                new EscalationRule("*", AlertKind.OVERDUE, 2, List.of(Rung.SUPERVISORS), List.of(), true, Duration.ofHours(4)),
                new EscalationRule("*", AlertKind.OVERDUE, 3, List.of(Rung.SUPERVISORS_ABOVE), List.of(), true, Duration.ofHours(4))));
    }

    public List<EscalationRule> rules() {
        return rules;
    }

    public Optional<EscalationRule> ruleFor(AlertKind kind, String clock, int level) {
        Comparator<EscalationRule> best = Comparator.<EscalationRule>comparingInt(r -> r.level())
                .thenComparing(r -> EscalationRule.ANY_CLOCK.equals(r.clock()) ? 0 : 1);
        return rules.stream()
                .filter(r -> r.kind() == kind && r.appliesTo(clock))
                .filter(r -> kind == AlertKind.OVERDUE ? r.level() <= level : r.level() == level)
                .max(best);
    }
}
