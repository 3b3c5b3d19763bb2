package org.suqiu.notification.delivery.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.Alerts;
import org.suqiu.notification.delivery.model.Deliveries;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.notification.delivery.model.Purpose;
import org.suqiu.notification.escalation.application.EscalationLadder;
import org.suqiu.notification.escalation.model.BusinessHours;
import org.suqiu.notification.escalation.model.EscalationRule;
import org.suqiu.notification.people.model.ContactChannel;
import org.suqiu.notification.people.model.Person;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Stores an alert's deliveries before anything is sent: one per person the ladder names, on their
 * first preferred channel the rule allows (the others are its fallbacks). Non-urgent ones raised out
 * of business hours wait for the next morning. Idempotent (natural delivery ids): a redelivered event
 * or a retry after a crash adds nothing. Also starts the alert's repeats and works off due ones.
 */
public class PlanningAlertDeliveries {

    private static final Logger log = LoggerFactory.getLogger(PlanningAlertDeliveries.class);

    private final EscalationLadder ladder;
    private final Deliveries deliveries;
    private final Alerts alerts;
    private final BusinessHours businessHours;
    private final Clock clock;

    public PlanningAlertDeliveries(EscalationLadder ladder, Deliveries deliveries, Alerts alerts, BusinessHours businessHours,
            Clock clock) {
        this.ladder = ladder;
        this.deliveries = deliveries;
        this.alerts = alerts;
        this.businessHours = businessHours;
        this.clock = clock;
    }

    /** Plans round {@code round} (0 = first) of the alert; emits how many deliveries were new. */
    public Mono<Long> plan(Alert alert, int round) {
        return ladder.addressing(alert.kind(), alert.deadline().name(), alert.level(), alert.unitId(), alert.jurisdictionCode())
                .flatMap(addressing -> addressing.rule()
                        .map(rule -> store(alert, round, rule, addressing.people())
                                .flatMap(count -> round == 0 && rule.repeatEvery() != null && !addressing.people().isEmpty()
                                        ? alerts.scheduleRepeats(alert.id(), clock.instant().plus(rule.repeatEvery()), rule.repeatEvery())
                                                .thenReturn(count)
                                        : Mono.just(count)))
                        .orElseGet(() -> {
                            log.warn("No escalation rule for alert {}: nothing sent", alert.id());
                            return Mono.just(0L);
                        }));
    }

    /** Plans every due repeat of unacknowledged alerts; emits how many alerts were repeated. */
    public Mono<Long> repeatDue() {
        return Flux.range(0, 1000)
                .concatMap(i -> alerts.claimDueRepeat(clock.instant()).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .takeWhile(Optional::isPresent)
                .map(Optional::get)
                .concatMap(due -> plan(due.alert(), due.round())
                        .doOnNext(n -> log.info("Alert {} unacknowledged: repeat {} ({} deliveries)", due.alert().id(), due.round(), n)))
                .count();
    }

    private Mono<Long> store(Alert alert, int round, EscalationRule rule, List<Person> people) {
        Instant now = clock.instant();
        Instant due = rule.urgent() ? now : businessHours.nextOpening(now);
        return Flux.fromIterable(people)
                .concatMap(person -> {
                    List<ContactChannel> channels = person.channelsAmong(rule.channels());
                    if (channels.isEmpty()) {
                        log.warn("{} has no channel for alert {}: only the inbox shows it", person.id(), alert.id());
                        return Mono.just(false);
                    }
                    ContactChannel first = channels.get(0);
                    Delivery delivery = Delivery.planned(Purpose.ALERT, alert.id(), round, person.id(), first,
                            person.addressFor(first).orElseThrow(), subject(alert, round), alert.message(), params(alert, round),
                            null, channels.subList(1, channels.size()), alert.trackingNo(), alert.jurisdictionCode(), now,
                            first == ContactChannel.INBOX ? now : due);
                    return deliveries.addIfAbsent(delivery);
                })
                .filter(Boolean::booleanValue)
                .count();
    }

    static String subject(Alert alert, int round) {
        return (round > 0 ? "【再次提醒】" : "") + "督办提醒 " + alert.trackingNo();
    }

    static Map<String, String> params(Alert alert, int round) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("trackingNo", alert.trackingNo());
        params.put("kind", alert.kind().label());
        params.put("level", Integer.toString(alert.level()));
        params.put("step", alert.deadline().step());
        params.put("unit", alert.unitName() == null ? alert.unitId() : alert.unitName());
        params.put("round", Integer.toString(round));
        return params;
    }
}
