package org.suqiu.notification.alert.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.suqiu.notification.alert.model.DeadlineSignals.ACCEPT_DUE;
import static org.suqiu.notification.alert.model.DeadlineSignals.RESOLVE_DUE;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class DeadlineSignalTest {

    @Test
    void shouldKeyAnOverdueFactByCaseDeadlineDueTimeAndLevel() {
        assertThat(DeadlineSignals.acceptOverdue().alertId()).isEqualTo("C-3f6c2a9e:ACCEPT:20261122T023200Z:overdue:1");
        assertThat(DeadlineSignals.approaching(Deadline.RESOLVE, RESOLVE_DUE).alertId())
                .isEqualTo("C-3f6c2a9e:RESOLVE:20261207T023005Z:approaching");
    }

    @Test
    void shouldGiveTheSameFactTheSameKeyWhenitIsDetectedAgain() {
        DeadlineSignal first = DeadlineSignals.acceptOverdue();
        DeadlineSignal again = DeadlineSignal.overdue(first.caseId(), first.grievanceId(), first.trackingNo(),
                first.unitId(), first.jurisdictionCode(), first.deadline(), ACCEPT_DUE.plusNanos(123_456),
                first.level(), first.detectedAt().plusSeconds(600));

        assertThat(again.alertId()).isEqualTo(first.alertId());
    }

    @Test
    void shouldGiveDifferentFactsDifferentKeys() {
        assertThat(java.util.stream.Stream.of(
                        DeadlineSignals.overdue(Deadline.ACCEPT, ACCEPT_DUE, 1),
                        DeadlineSignals.overdue(Deadline.ACCEPT, ACCEPT_DUE, 2),
                        DeadlineSignals.overdue(Deadline.RESOLVE, ACCEPT_DUE, 1),
                        DeadlineSignals.overdue(Deadline.ACCEPT, ACCEPT_DUE.plusSeconds(86_400), 1),
                        DeadlineSignals.approaching(Deadline.ACCEPT, ACCEPT_DUE))
                .map(DeadlineSignal::alertId))
                .doesNotHaveDuplicates();
    }

    @Test
    void shouldRefuseAFactWithoutWhatAnAlertNeeds() {
        assertThatThrownBy(() -> DeadlineSignal.overdue(null, "g", "SQ1", "u", "330483", Deadline.ACCEPT, ACCEPT_DUE, 1, null))
                .hasMessageContaining("caseId");
        assertThatThrownBy(() -> DeadlineSignal.overdue("c", "g", " ", "u", "330483", Deadline.ACCEPT, ACCEPT_DUE, 1, null))
                .hasMessageContaining("trackingNo");
        assertThatThrownBy(() -> DeadlineSignal.overdue("c", "g", "SQ1", "u", "330483", null, ACCEPT_DUE, 1, null))
                .hasMessageContaining("deadline");
        assertThatThrownBy(() -> DeadlineSignal.approaching("c", "g", "SQ1", "u", "330483", Deadline.ACCEPT, null, Instant.EPOCH))
                .hasMessageContaining("dueAt");
    }

    @Test
    void shouldRefuseAnOverdueLevelBelowOne() {
        assertThatThrownBy(() -> DeadlineSignals.overdue(Deadline.ACCEPT, ACCEPT_DUE, 0))
                .hasMessageContaining("level starts at 1");
    }
}
