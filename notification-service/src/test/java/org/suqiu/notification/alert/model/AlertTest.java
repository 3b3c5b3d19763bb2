package org.suqiu.notification.alert.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.suqiu.notification.alert.model.DeadlineSignals.ACCEPT_DUE;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.suqiu.notification.jurisdiction.model.JurisdictionCode;
import org.suqiu.notification.recipient.model.Recipient;
import org.suqiu.notification.recipient.model.Supervisor;
import org.suqiu.notification.recipient.model.Supervisors;

class AlertTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:33:00.123456789Z");

    private final Supervisors supervisors = new Supervisors(List.of(
            new Supervisor("sup-jx", "嘉兴市督查室", JurisdictionCode.of("330400")),
            new Supervisor("sup-330483", "桐乡市督查室", JurisdictionCode.of("330483"))));
    private final AlertMessage messages = new AlertMessage(ZoneId.of("Asia/Shanghai"));

    @Test
    void shouldRaiseACriticalAlertForTheSupervisorsOfAnOverdueCase() {
        DeadlineSignal signal = DeadlineSignals.acceptOverdue();

        Alert alert = raise(signal, "嘉兴市生态环境局桐乡分局");

        assertThat(alert.id()).isEqualTo(signal.alertId());
        assertThat(alert.kind()).isEqualTo(AlertKind.OVERDUE);
        assertThat(alert.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(alert.level()).isEqualTo(1);
        assertThat(alert.recipients()).extracting(Recipient::id).containsExactly("sup-330483", "sup-jx");
        assertThat(alert.message()).startsWith("【超期】SQ20261122K7F3QX 签收时限已过");
        assertThat(alert.createdAt()).isEqualTo(Instant.parse("2026-11-22T02:33:00.123Z"));
        assertThat(alert.isAcknowledged()).isFalse();
    }

    @Test
    void shouldRaiseAWarningWhenADeadlineIsNear() {
        Alert alert = raise(DeadlineSignals.approaching(Deadline.ACCEPT, ACCEPT_DUE), null);

        assertThat(alert.kind()).isEqualTo(AlertKind.DEADLINE_APPROACHING);
        assertThat(alert.severity()).isEqualTo(Severity.WARNING);
        assertThat(alert.level()).isZero();
    }

    @Test
    void shouldRaiseAnAlertWithoutRecipientsWhenNobodyWatchesTheDivision() {
        Alert alert = raise(DeadlineSignals.inJurisdiction(DeadlineSignals.acceptOverdue(), "330106"), null);

        assertThat(alert.recipients()).isEmpty();
        assertThat(alert.jurisdictionCode()).isEqualTo("330106");
    }

    @Test
    void shouldKeepTheFirstAcknowledgement() {
        Alert alert = raise(DeadlineSignals.acceptOverdue(), null);

        Alert seen = alert.acknowledge("sup-330483", NOW.plusSeconds(60));
        Alert seenAgain = seen.acknowledge("sup-jx", NOW.plusSeconds(120));

        assertThat(seenAgain.acknowledgedBy()).isEqualTo("sup-330483");
        assertThat(seenAgain.acknowledgedAt()).isEqualTo(Instant.parse("2026-11-22T02:34:00.123Z"));
    }

    @Test
    void shouldLieWithinItsDivisionAndEveryDivisionAbove() {
        Alert alert = raise(DeadlineSignals.acceptOverdue(), null);

        assertThat(alert.jurisdictionScope()).containsExactly("330483102", "330483", "3304", "33");
        assertThat(alert.isWithin(JurisdictionCode.of("330483"))).isTrue();
        assertThat(alert.isWithin(JurisdictionCode.of("330400"))).isTrue();
        assertThat(alert.isWithin(JurisdictionCode.of("330421"))).isFalse();
    }

    @Test
    void shouldLieNowhereWithoutAValidDivisionCode() {
        Alert alert = raise(DeadlineSignals.inJurisdiction(DeadlineSignals.acceptOverdue(), null), null);

        assertThat(alert.jurisdictionScope()).isEmpty();
        assertThat(alert.isWithin(JurisdictionCode.of("330000"))).isFalse();
    }

    @Test
    void shouldMatchCriteriaOnEveryFilter() {
        Alert alert = raise(DeadlineSignals.acceptOverdue(), null);

        assertThat(AlertCriteria.any().matches(alert)).isTrue();
        assertThat(criteria(JurisdictionCode.of("330400"), null, null).matches(alert)).isTrue();
        assertThat(criteria(JurisdictionCode.of("330421"), null, null).matches(alert)).isFalse();
        assertThat(criteria(null, "sup-jx", null).matches(alert)).isTrue();
        assertThat(criteria(null, "sup-330421", null).matches(alert)).isFalse();
        assertThat(criteria(null, null, AlertKind.DEADLINE_APPROACHING).matches(alert)).isFalse();
        assertThat(new AlertCriteria(null, null, null, "SQ20261122K7F3QX", "C-3f6c2a9e", true, 10).matches(alert)).isTrue();
        assertThat(new AlertCriteria(null, null, null, null, null, true, 10)
                .matches(alert.acknowledge("sup-jx", NOW))).isFalse();
    }

    private static AlertCriteria criteria(JurisdictionCode jurisdiction, String recipient, AlertKind kind) {
        return new AlertCriteria(jurisdiction, recipient, kind, null, null, false, AlertCriteria.DEFAULT_LIMIT);
    }

    private Alert raise(DeadlineSignal signal, String unitName) {
        return Alert.raise(signal, unitName, supervisors.resolve(signal.jurisdictionCode()), messages, NOW);
    }
}
