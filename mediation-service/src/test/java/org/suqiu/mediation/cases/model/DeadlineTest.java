package org.suqiu.mediation.cases.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.mediation.DeadlineKind;

class DeadlineTest {

    private static final Instant DUE = Instant.parse("2026-03-02T12:00:00Z");
    private static final Instant WARN = DUE.minus(Duration.ofHours(4));
    private final Deadline deadline = Deadline.of(DeadlineKind.ACCEPT, DUE, WARN);

    @Test
    void shouldBeInTimeUntilJustBeforeTheWarningPoint() {
        assertThat(deadline.statusAt(WARN.minusMillis(1))).isEqualTo(DeadlineStatus.IN_TIME);
    }

    @Test
    void shouldBeApproachingFromTheWarningPoint() {
        assertThat(deadline.statusAt(WARN)).isEqualTo(DeadlineStatus.APPROACHING);
    }

    @Test
    void shouldStillBeApproachingAtTheDueInstant() {
        assertThat(deadline.statusAt(DUE)).isEqualTo(DeadlineStatus.APPROACHING);
    }

    @Test
    void shouldBeOverdueJustAfterTheDueInstant() {
        assertThat(deadline.statusAt(DUE.plusMillis(1))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void shouldRefuseAWarningPointAfterTheDueInstant() {
        assertThatThrownBy(() -> Deadline.of(DeadlineKind.ACCEPT, DUE, DUE.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
