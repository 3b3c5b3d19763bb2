package org.suqiu.notification.escalation.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.suqiu.notification.alert.model.AlertKind;
import org.suqiu.notification.alert.model.AlertRecipients;
import org.suqiu.notification.alert.model.DeadlineSignal;
import org.suqiu.notification.escalation.model.EscalationPolicy;
import org.suqiu.notification.escalation.model.EscalationRule;
import org.suqiu.notification.escalation.model.Rung;
import org.suqiu.notification.jurisdiction.model.JurisdictionCode;
import org.suqiu.notification.people.model.People;
import org.suqiu.notification.people.model.Person;
import org.suqiu.notification.people.model.PersonRole;
import org.suqiu.notification.recipient.model.Recipient;
import org.suqiu.notification.recipient.model.RecipientResolution;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 逐级督办: finds the people the policy's rule names for an alert — the handlers and head of the case's
 * unit from the people directory; the supervisors (督查室) of the nearest division, from the case's own
 * upwards, that has any; and for "the level above" the next such division above that one.
 */
public class EscalationLadder implements AlertRecipients {

    /** The rule that applies (empty: the policy has none) and the people it names, without duplicates. */
    public record Addressing(Optional<EscalationRule> rule, List<Person> people) {
    }

    private final EscalationPolicy policy;
    private final People people;

    public EscalationLadder(EscalationPolicy policy, People people) {
        this.policy = policy;
        this.people = people;
    }

    public Mono<Addressing> addressing(AlertKind kind, String clock, int level, String unitId, String jurisdictionCode) {
        Optional<EscalationRule> rule = policy.ruleFor(kind, clock, level);
        if (rule.isEmpty()) {
            return Mono.just(new Addressing(rule, List.of()));
        }
        return Flux.fromIterable(rule.get().recipients())
                .concatMap(rung -> peopleOn(rung, unitId, jurisdictionCode))
                .collectList()
                .map(found -> {
                    Map<String, Person> unique = new LinkedHashMap<>();
                    found.forEach(p -> unique.putIfAbsent(p.id(), p));
                    return new Addressing(rule, List.copyOf(unique.values()));
                });
    }

    @Override
    public Mono<RecipientResolution> resolve(DeadlineSignal signal) {
        return addressing(signal.kind(), signal.deadline().name(), signal.level(), signal.unitId(), signal.jurisdictionCode())
                .map(a -> new RecipientResolution(signal.jurisdictionCode(), JurisdictionCode.parse(signal.jurisdictionCode()),
                        a.people().stream().map(p -> new Recipient(p.id(), p.name(), p.jurisdictionCode())).toList()));
    }

    private Flux<Person> peopleOn(Rung rung, String unitId, String jurisdictionCode) {
        return switch (rung) {
            case HANDLER -> unitId == null ? Flux.empty() : people.ofUnit(unitId, PersonRole.HANDLER);
            case UNIT_HEAD -> unitId == null ? Flux.empty() : people.ofUnit(unitId, PersonRole.UNIT_HEAD);
            case SUPERVISORS -> supervisors(jurisdictionCode, 0);
            case SUPERVISORS_ABOVE -> supervisors(jurisdictionCode, 1);
        };
    }

    /** The supervisors of the {@code skip}-th division (nearest first) on the way up that has any. */
    private Flux<Person> supervisors(String jurisdictionCode, int skip) {
        List<JurisdictionCode> chain = JurisdictionCode.parse(jurisdictionCode)
                .map(JurisdictionCode::selfAndAncestors).orElse(List.of());
        return Flux.fromIterable(chain)
                .concatMap(code -> people.ofJurisdiction(code, PersonRole.SUPERVISOR).collectList())
                .filter(list -> !list.isEmpty())
                .skip(skip)
                .take(1)
                .flatMapIterable(list -> new ArrayList<>(list));
    }
}
