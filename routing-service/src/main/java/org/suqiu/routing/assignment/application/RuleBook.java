package org.suqiu.routing.assignment.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.platform.security.audit.AuditEntry;
import org.suqiu.routing.assignment.model.InvalidRuleChangeException;
import org.suqiu.routing.assignment.model.RoutingRule;
import org.suqiu.routing.assignment.model.RoutingRules;
import org.suqiu.routing.assignment.model.RuleSetVersion;
import org.suqiu.routing.support.Auditing;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 规则管理: the versioned rule set. At start the newest stored version is loaded (the seed becomes
 * version 1 of an empty store); every change (create, update, retire) is validated against the
 * newest stored version and kept as the next version, recorded in the audit trail (who, when,
 * what, why) and put in force at once. Decisions name the version they used.
 */
public class RuleBook {

    /** The checks a rule set must pass: known categories, jurisdictions and units. */
    public record Checks(Predicate<String> knownCategory, Predicate<String> knownJurisdiction, Predicate<String> knownUnit) {
    }

    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);
    private static final int ATTEMPTS = 5;

    private final RuleSets store;
    private final Checks checks;
    private final Clock clock;
    private final Auditing audit;
    private final AtomicReference<RoutingRules> current = new AtomicReference<>();

    public RuleBook(RuleSets store, Checks checks, Clock clock, Auditing audit) {
        this.store = store;
        this.checks = checks;
        this.clock = clock;
        this.audit = audit;
    }

    /** The rule set in force. */
    public RoutingRules current() {
        RoutingRules rules = current.get();
        if (rules == null) {
            throw new IllegalStateException("the rule set is not loaded yet");
        }
        return rules;
    }

    /** Loads the newest stored version, or stores {@code seed} as version 1 when there is none. */
    public Mono<RoutingRules> load(RoutingRules seed) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        RuleSetVersion first = new RuleSetVersion(1, seed.all(), "seeded", null, Auditing.SYSTEM.subject(), "rule seed", now);
        return store.latest()
                .switchIfEmpty(Mono.defer(() -> store.add(first).flatMap(added -> added
                        ? audit.record(auditEntry(first, Auditing.SYSTEM)).thenReturn(first)
                        : store.latest())))
                .map(this::install)
                .doOnNext(r -> log.info("Rule set version {} in force: {} rules", r.version(), r.all().size()));
    }

    public Mono<RuleSetVersion> create(RoutingRule rule, AuditEntry.Actor actor, String reason) {
        return change("created", rule.ruleId(), actor, reason, rules -> {
            if (rules.stream().anyMatch(r -> r.ruleId().equals(rule.ruleId()))) {
                throw new InvalidRuleChangeException(List.of("rule " + rule.ruleId() + " exists already"));
            }
            List<RoutingRule> next = new ArrayList<>(rules);
            next.add(rule);
            return next;
        });
    }

    /** Replaces the rule {@code ruleId} (the id stays); empty when there is no such rule. */
    public Mono<RuleSetVersion> update(String ruleId, RoutingRule rule, AuditEntry.Actor actor, String reason) {
        RoutingRule replacement = new RoutingRule(ruleId, rule.category(), rule.jurisdictionCode(), rule.urgency(),
                rule.unitId(), rule.priority(), rule.validFrom(), rule.validUntil());
        return change("updated", ruleId, actor, reason,
                rules -> rules.stream().map(r -> r.ruleId().equals(ruleId) ? replacement : r).toList());
    }

    /** Removes the rule {@code ruleId} from the next version (kept in the history); empty when there is no such rule. */
    public Mono<RuleSetVersion> retire(String ruleId, AuditEntry.Actor actor, String reason) {
        return change("retired", ruleId, actor, reason,
                rules -> rules.stream().filter(r -> !r.ruleId().equals(ruleId)).toList());
    }

    public Flux<RuleSetVersion> history() {
        return store.history();
    }

    public Mono<RuleSetVersion> version(int version) {
        return store.version(version);
    }

    private Mono<RuleSetVersion> change(String change, String ruleId, AuditEntry.Actor actor, String reason,
                                        UnaryOperator<List<RoutingRule>> edit) {
        return attempt(change, ruleId, actor, reason, edit, ATTEMPTS);
    }

    private Mono<RuleSetVersion> attempt(String change, String ruleId, AuditEntry.Actor actor, String reason,
                                         UnaryOperator<List<RoutingRule>> edit, int attemptsLeft) {
        return store.latest().flatMap(latest -> {
            if (!"created".equals(change) && latest.rules().stream().noneMatch(r -> r.ruleId().equals(ruleId))) {
                return Mono.<RuleSetVersion>empty();
            }
            List<RoutingRule> next = edit.apply(latest.rules());
            List<String> problems = RoutingRules.problems(next, checks.knownCategory(), checks.knownJurisdiction(),
                    checks.knownUnit());
            if (!problems.isEmpty()) {
                return Mono.error(new InvalidRuleChangeException(problems));
            }
            RuleSetVersion version = new RuleSetVersion(latest.version() + 1, next, change, ruleId, actor.subject(), reason,
                    clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return store.add(version).flatMap(added -> {
                if (!added) {
                    return attemptsLeft > 1 ? attempt(change, ruleId, actor, reason, edit, attemptsLeft - 1)
                            : Mono.error(new IllegalStateException("the rule set kept changing"));
                }
                return audit.record(auditEntry(version, actor)).then(Mono.fromSupplier(() -> {
                    install(version);
                    log.info("Rule set version {}: rule {} {} by {}", version.version(), ruleId, change, actor.subject());
                    return version;
                }));
            });
        });
    }

    /** Re-reads the newest stored version (another instance may have changed it). */
    public Mono<RoutingRules> refresh() {
        return store.latest().map(this::install);
    }

    private RoutingRules install(RuleSetVersion version) {
        RoutingRules rules = RoutingRules.validated("rule set version " + version.version(), version.version(), version.rules(),
                checks.knownCategory(), checks.knownJurisdiction(), checks.knownUnit());
        current.accumulateAndGet(rules, (old, fresh) -> old == null || fresh.version() >= old.version() ? fresh : old);
        return current.get();
    }

    /** {@code rule.created|updated|retired} (or {@code ruleset.seeded}) on resource {@code ruleset}, id {@code ruleset:v<n>}. */
    static AuditEntry auditEntry(RuleSetVersion v, AuditEntry.Actor actor) {
        String action = v.ruleId() == null ? "ruleset." + v.change() : "rule." + v.change();
        return AuditEntry.of(actor, action, "ruleset", "rules")
                .because(v.reason())
                .with("version", Integer.toString(v.version()))
                .with("ruleId", v.ruleId())
                .with("rules", Integer.toString(v.rules().size()))
                .with("rule", v.rules().stream().filter(r -> r.ruleId().equals(v.ruleId())).findFirst()
                        .map(RuleBook::describe).orElse(null))
                .withId("ruleset:v" + v.version())
                .at(v.changedAt());
    }

    static String describe(RoutingRule r) {
        return r.category() + " @ " + r.jurisdictionCode() + (r.urgency() == null ? "" : " " + r.urgency()) + " -> " + r.unitId()
                + " (priority " + r.priority() + (r.validFrom() == null ? "" : ", from " + r.validFrom())
                + (r.validUntil() == null ? "" : ", until " + r.validUntil()) + ")";
    }
}
