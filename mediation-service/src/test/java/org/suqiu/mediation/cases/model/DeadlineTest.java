package org.suqiu.mediation.cases.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.suqiu.contracts.mediation.DeadlineKind;

class DeadlineTest {

    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant DUE = START.plus(Duration.ofMinutes(4));
    private final Deadline deadline = Deadline.running(DeadlineKind.ACCEPT, START, DUE);

    @Test
    void shouldWarnAtSeventyFivePercentOfTheClock() {
        assertThat(deadline.warnAt()).isEqualTo(START.plus(Duration.ofMinutes(3)));
    }

    @Test
    void shouldBeInTimeUntilJustBeforeTheWarningPoint() {
        assertThat(deadline.statusAt(deadline.warnAt().minusMillis(1))).isEqualTo(DeadlineStatus.IN_TIME);
    }

    @Test
    void shouldBeApproachingFromTheWarningPointUpToAndIncludingTheDueInstant() {
        assertThat(deadline.statusAt(deadline.warnAt())).isEqualTo(DeadlineStatus.APPROACHING);
        assertThat(deadline.statusAt(DUE)).isEqualTo(DeadlineStatus.APPROACHING);
    }

    @Test
    void shouldBeOverdueJustAfterTheDueInstant() {
        assertThat(deadline.statusAt(DUE.plusMillis(1))).isEqualTo(DeadlineStatus.OVERDUE);
    }

    @Test
    void shouldClimbOverdueLevelsAtTheConfiguredStepsAfterTheDueInstant() {
        List<Duration> steps = List.of(Duration.ofHours(1), Duration.ofHours(3));
        assertThat(deadline.overdueLevelAt(DUE, steps)).isZero();
        assertThat(deadline.overdueLevelAt(DUE.plusMillis(1), steps)).isEqualTo(1);
        assertThat(deadline.overdueLevelAt(DUE.plus(Duration.ofHours(1)), steps)).isEqualTo(1);
        assertThat(deadline.overdueLevelAt(DUE.plus(Duration.ofHours(1)).plusMillis(1), steps)).isEqualTo(2);
        assertThat(deadline.overdueLevelAt(DUE.plus(Duration.ofDays(1)), steps)).isEqualTo(3);
        assertThat(deadline.noticeTimes(steps)).containsExactly(deadline.warnAt(), DUE.plusMillis(1),
                DUE.plus(Duration.ofHours(1)).plusMillis(1), DUE.plus(Duration.ofHours(3)).plusMillis(1));
    }

    @Test
    void shouldMoveEverythingByAPauseAndStartANewGenerationOnAnExtension() {
        Deadline paused = deadline.approachingNotified(DUE).shiftedBy(Duration.ofMinutes(10));
        assertThat(paused.dueAt()).isEqualTo(DUE.plus(Duration.ofMinutes(10)));
        assertThat(paused.approachingNotifiedAt()).isEqualTo(DUE);
        Deadline extended = deadline.overdueNotified(1).extendedTo(DUE.plus(Duration.ofMinutes(4)));
        assertThat(extended.generation()).isEqualTo(2);
        assertThat(extended.overdueLevel()).isZero();
        assertThat(extended.warnAt()).isEqualTo(START.plus(Duration.ofMinutes(6)));
    }

    @Test
    void shouldRefuseAWarningPointAfterTheDueInstant() {
        assertThatThrownBy(() -> new Deadline(DeadlineKind.ACCEPT, START, DUE, DUE.plusSeconds(1), null, 1, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
