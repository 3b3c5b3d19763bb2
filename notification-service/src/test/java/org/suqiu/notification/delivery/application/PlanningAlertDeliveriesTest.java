package org.suqiu.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.suqiu.notification.alert.model.Alert;
import org.suqiu.notification.alert.model.AlertKind;
import org.suqiu.notification.alert.model.Alerts;
import org.suqiu.notification.alert.model.Deadline;
import org.suqiu.notification.alert.model.Severity;
import org.suqiu.notification.delivery.model.Delivery;
import org.suqiu.notification.escalation.application.EscalationLadder;
import org.suqiu.notification.escalation.model.BusinessHours;
import org.suqiu.notification.escalation.model.EscalationPolicy;
import org.suqiu.notification.people.model.ContactChannel;
import org.suqiu.notification.people.model.InMemoryPeople;
import org.suqiu.notification.people.model.Person;
import org.suqiu.notification.people.model.PersonRole;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class PlanningAlertDeliveriesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Saturday 2026-11-21 22:00 in Shanghai. */
    private static final Instant SATURDAY_NIGHT = Instant.parse("2026-11-21T14:00:00Z");

    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final InMemoryPeople people = new InMemoryPeople().with(
            new Person("h-330483-env", "承办人", PersonRole.HANDLER, "330483-env", "330483", "13800000004", "h@suqiu.example",
                    "oHandler0001", List.of(ContactChannel.WECHAT, ContactChannel.SMS), 1, null),
            new Person("head-330483-env", "负责人", PersonRole.UNIT_HEAD, "330483-env", "330483", "13800000007", null, null,
                    List.of(ContactChannel.SMS, ContactChannel.INBOX), 1, null));
    private final RecordingAlerts alerts = new RecordingAlerts();
    private final PlanningAlertDeliveries planning = new PlanningAlertDeliveries(
            new EscalationLadder(EscalationPolicy.defaults(), people), deliveries, alerts,
            new BusinessHours(SHANGHAI, LocalTime.of(8, 30), LocalTime.of(17, 30), Set.of(), Set.of()),
            Clock.fixed(SATURDAY_NIGHT, ZoneOffset.UTC));

    private static Alert alert(AlertKind kind, int level) {
        return new Alert("C-1:ACCEPT:20261122T023200Z:" + (level == 0 ? "approaching" : "overdue:" + level), kind, kind.severity(),
                "C-1", "g-1", "SQ1", "330483-env", "嘉兴市生态环境局桐乡分局", "330483", Deadline.ACCEPT,
                Instant.parse("2026-11-22T02:32:00Z"), level, List.of(), "【超期】SQ1", SATURDAY_NIGHT, SATURDAY_NIGHT, null, null);
    }

    @Test
    void shouldKeepANonUrgentWarningForMondayMorning() {
        assertThat(planning.plan(alert(AlertKind.DEADLINE_APPROACHING, 0), 0).block()).isEqualTo(1);

        Delivery wechat = deliveries.byId.values().iterator().next();
        assertThat(wechat.recipientId()).isEqualTo("h-330483-env");
        assertThat(wechat.channel()).isEqualTo(ContactChannel.WECHAT);
        assertThat(wechat.fallbacks()).containsExactly(ContactChannel.SMS);
        assertThat(wechat.nextAttemptAt()).isEqualTo(Instant.parse("2026-11-23T00:30:00Z"));
        assertThat(alerts.scheduled).isEmpty();
    }

    @Test
    void shouldSendAnUrgentOverdueAlertAtOnceAndScheduleItsRepeats() {
        planning.plan(alert(AlertKind.OVERDUE, 1), 0).block();

        Delivery sms = deliveries.byId.values().iterator().next();
        assertThat(sms.recipientId()).isEqualTo("head-330483-env");
        assertThat(sms.nextAttemptAt()).isEqualTo(SATURDAY_NIGHT);
        assertThat(sms.params()).containsEntry("trackingNo", "SQ1").containsEntry("level", "1");
        assertThat(alerts.scheduled).containsExactly(SATURDAY_NIGHT.plus(Duration.ofHours(4)));
    }

    @Test
    void shouldPlanTheSameRoundOnlyOnceAndARepeatAsNewDeliveries() {
        assertThat(planning.plan(alert(AlertKind.OVERDUE, 1), 0).block()).isEqualTo(1);
        assertThat(planning.plan(alert(AlertKind.OVERDUE, 1), 0).block()).isZero();
        assertThat(planning.plan(alert(AlertKind.OVERDUE, 1), 1).block()).isEqualTo(1);
        assertThat(deliveries.byId.values()).extracting(Delivery::subject)
                .containsExactlyInAnyOrder("督办提醒 SQ1", "【再次提醒】督办提醒 SQ1");
    }

    /** Records the repeat schedules asked for. */
    static final class RecordingAlerts implements Alerts {
        final java.util.List<Instant> scheduled = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public Mono<Void> scheduleRepeats(String id, Instant firstAt, Duration every) {
            return Mono.fromRunnable(() -> scheduled.add(firstAt));
        }

        @Override
        public Mono<RepeatDue> claimDueRepeat(Instant now) {
            return Mono.empty();
        }

        @Override
        public Mono<Boolean> addIfAbsent(Alert alert) {
            return Mono.just(true);
        }

        @Override
        public Mono<Alert> byId(String id) {
            return Mono.empty();
        }

        @Override
        public Mono<Alert> byId(String id, org.suqiu.notification.alert.model.AlertScope scope) {
            return Mono.empty();
        }

        @Override
        public Flux<Alert> find(org.suqiu.notification.alert.model.AlertCriteria criteria, org.suqiu.notification.alert.model.AlertScope scope) {
            return Flux.empty();
        }

        @Override
        public Mono<Alert> acknowledge(String id, String by, Instant at, org.suqiu.notification.alert.model.AlertScope scope) {
            return Mono.empty();
        }
    }
}
