package org.suqiu.notification.alert.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertFeed;
import org.suqiu.notification.alert.model.AlertMessage;
import org.suqiu.notification.alert.model.AlertRecipients;
import org.suqiu.notification.alert.model.Alerts;
import org.suqiu.notification.alert.model.DeadlineSignal;
import org.suqiu.notification.directory.model.Unit;
import org.suqiu.notification.directory.model.Units;
import org.suqiu.notification.recipient.model.RecipientResolution;

import reactor.core.publisher.Mono;

/**
 * 督办提醒: turns a deadline fact into one alert for the people the escalation ladder names,
 * records it, and announces it live only the first time. A fact nobody watches is still recorded.
 */
public class RaisingDeadlineAlert {

    private static final Logger log = LoggerFactory.getLogger(RaisingDeadlineAlert.class);

    /** What became of a deadline fact. */
    public sealed interface Outcome permits Raised, AlreadyRaised {
        String alertId();
    }

    /** A new alert was recorded and announced. */
    public record Raised(Alert alert) implements Outcome {
        @Override
        public String alertId() {
            return alert.id();
        }
    }

    /** The fact had already raised its alert; nothing changed. */
    public record AlreadyRaised(String alertId) implements Outcome {
    }

    private final Alerts alerts;
    private final Units units;
    private final AlertRecipients recipients;
    private final AlertMessage messages;
    private final AlertFeed feed;
    private final Clock clock;

    public RaisingDeadlineAlert(Alerts alerts, Units units, AlertRecipients recipients, AlertMessage messages,
            AlertFeed feed, Clock clock) {
        this.alerts = alerts;
        this.units = units;
        this.recipients = recipients;
        this.messages = messages;
        this.feed = feed;
        this.clock = clock;
    }

    public Mono<Outcome> raise(DeadlineSignal signal) {
        String alertId = signal.alertId();
        return alerts.byId(alertId)
                .<Outcome>map(existing -> new AlreadyRaised(alertId))
                .switchIfEmpty(Mono.defer(() -> record(signal)));
    }

    private Mono<Outcome> record(DeadlineSignal signal) {
        return recipients.resolve(signal).flatMap(resolution -> unitName(signal.unitId())
                .map(name -> Alert.raise(signal, name.isEmpty() ? null : name, resolution, messages, clock.instant()))
                .flatMap(alert -> alerts.addIfAbsent(alert).map(added -> added ? raised(alert, resolution)
                        : new AlreadyRaised(alert.id()))));
    }

    private Outcome raised(Alert alert, RecipientResolution resolution) {
        resolution.whyNobody().ifPresent(why -> log.warn(
                "Alert {} for case {} ({}) recorded without recipients: {}",
                alert.id(), alert.caseId(), alert.trackingNo(), why));
        feed.announce(alert);
        return new Raised(alert);
    }

    private Mono<String> unitName(String unitId) {
        if (unitId == null) {
            return Mono.just("");
        }
        return units.byId(unitId).map(Unit::name).defaultIfEmpty("");
    }
}
