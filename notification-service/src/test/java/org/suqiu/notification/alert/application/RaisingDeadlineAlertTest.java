package org.suqiu.notification.alert.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert.AlreadyRaised;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert.Outcome;
import org.suqiu.notification.alert.application.RaisingDeadlineAlert.Raised;
import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertFeed;
import org.suqiu.notification.alert.model.AlertMessage;
import org.suqiu.notification.alert.model.DeadlineSignal;
import org.suqiu.notification.alert.model.DeadlineSignals;
import org.suqiu.notification.directory.model.Unit;
import org.suqiu.notification.directory.model.Units;
import org.suqiu.notification.jurisdiction.model.JurisdictionCode;
import org.suqiu.notification.recipient.model.Recipient;
import org.suqiu.notification.recipient.model.Supervisor;
import org.suqiu.notification.recipient.model.Supervisors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class RaisingDeadlineAlertTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:33:00Z");

    private final InMemoryAlerts alerts = new InMemoryAlerts();
    private final List<Alert> announced = new CopyOnWriteArrayList<>();
    private final Map<String, Unit> directory = Map.of("330483-env", new Unit("330483-env", "嘉兴市生态环境局桐乡分局",
            "LINE_DEPARTMENT", "330483", "330483-gov", List.of(), 3, NOW));
    private final Supervisors supervisors = new Supervisors(List.of(
            new Supervisor("sup-jx", "嘉兴市督查室", JurisdictionCode.of("330400")),
            new Supervisor("sup-330483", "桐乡市督查室", JurisdictionCode.of("330483"))));
    private final RaisingDeadlineAlert raising = new RaisingDeadlineAlert(alerts, units(),
            signal -> Mono.just(supervisors.resolve(signal.jurisdictionCode())),
            new AlertMessage(ZoneId.of("Asia/Shanghai")), feed(), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldRecordAndAnnounceOneAlertForTheSupervisorsWithTheUnitsName() {
        Outcome outcome = raising.raise(DeadlineSignals.acceptOverdue()).block();

        assertThat(outcome).isInstanceOf(Raised.class);
        Alert alert = ((Raised) outcome).alert();
        assertThat(alert.unitName()).isEqualTo("嘉兴市生态环境局桐乡分局");
        assertThat(alert.recipients()).extracting(Recipient::id).containsExactly("sup-330483", "sup-jx");
        assertThat(alert.message()).isEqualTo(
                "【超期】SQ20261122K7F3QX 签收时限已过（应于 11-22 10:32 前签收），承办单位：嘉兴市生态环境局桐乡分局");
        assertThat(alert.createdAt()).isEqualTo(NOW);
        assertThat(alerts.byId).containsOnlyKeys(alert.id());
        assertThat(announced).containsExactly(alert);
    }

    @Test
    void shouldChangeNothingWhenTheSameFactArrivesTwice() {
        DeadlineSignal signal = DeadlineSignals.acceptOverdue();
        raising.raise(signal).block();

        Outcome again = raising.raise(signal).block();

        assertThat(again).isEqualTo(new AlreadyRaised(signal.alertId()));
        assertThat(alerts.byId).hasSize(1);
        assertThat(announced).hasSize(1);
    }

    @Test
    void shouldRecordAnAlertWithoutRecipientsWhenNobodyWatchesTheDivision() {
        DeadlineSignal hangzhou = DeadlineSignals.inJurisdiction(DeadlineSignals.acceptOverdue(), "330106");

        Outcome outcome = raising.raise(hangzhou).block();

        assertThat(outcome).isInstanceOf(Raised.class);
        assertThat(alerts.byId.get(hangzhou.alertId()).recipients()).isEmpty();
    }

    @Test
    void shouldNameTheUnitByItsIdWhenTheDirectoryDoesNotKnowIt() {
        DeadlineSignal signal = DeadlineSignal.overdue("C-1", "g-1", "SQ1", "330483-unknown", "330483102",
                DeadlineSignals.acceptOverdue().deadline(), DeadlineSignals.ACCEPT_DUE, 1, NOW);

        Alert alert = ((Raised) raising.raise(signal).block()).alert();

        assertThat(alert.unitName()).isNull();
        assertThat(alert.message()).endsWith("承办单位：330483-unknown");
    }

    private Units units() {
        return new Units() {
            @Override
            public Mono<Boolean> recordIfNewer(Unit unit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Mono<Unit> byId(String unitId) {
                return Mono.justOrEmpty(directory.get(unitId));
            }
        };
    }

    private AlertFeed feed() {
        return new AlertFeed() {
            @Override
            public void announce(Alert alert) {
                announced.add(alert);
            }

            @Override
            public Flux<Alert> live() {
                return Flux.fromIterable(announced);
            }
        };
    }
}
