package org.suqiu.mediation.cases.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FixedDurationDeadlinePolicyTest {

    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void shouldDueAcceptAndResolveTheirDurationsAfterTheStart() {
        Deadlines deadlines = new FixedDurationDeadlinePolicy(Duration.ofHours(24), Duration.ofDays(15), Duration.ofHours(4))
                .deadlinesFrom(START);

        assertThat(deadlines.accept().dueAt()).isEqualTo(Instant.parse("2026-03-03T01:00:00Z"));
        assertThat(deadlines.resolve().dueAt()).isEqualTo(Instant.parse("2026-03-17T01:00:00Z"));
    }

    @Test
    void shouldWarnTheConfiguredTimeBeforeEachDeadline() {
        Deadlines deadlines = new FixedDurationDeadlinePolicy(Duration.ofHours(24), Duration.ofDays(15), Duration.ofHours(4))
                .deadlinesFrom(START);

        assertThat(deadlines.accept().warnAt()).isEqualTo(Instant.parse("2026-03-02T21:00:00Z"));
        assertThat(deadlines.resolve().warnAt()).isEqualTo(Instant.parse("2026-03-16T21:00:00Z"));
    }

    @Test
    void shouldNeverWarnBeforeTheClockStarted() {
        Deadlines deadlines = new FixedDurationDeadlinePolicy(Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(3))
                .deadlinesFrom(START);

        assertThat(deadlines.accept().warnAt()).isEqualTo(START);
        assertThat(deadlines.resolve().warnAt()).isEqualTo(START.plus(Duration.ofMinutes(2)));
    }

    @Test
    void shouldWorkInSecondsForDemosAndTests() {
        Deadlines deadlines = new FixedDurationDeadlinePolicy(Duration.ofSeconds(20), Duration.ofSeconds(50), Duration.ofSeconds(10))
                .deadlinesFrom(START);

        assertThat(deadlines.accept().warnAt()).isEqualTo(START.plusSeconds(10));
        assertThat(deadlines.accept().dueAt()).isEqualTo(START.plusSeconds(20));
    }

    @Test
    void shouldRefuseNonPositiveDurationsAndAResolveLimitShorterThanTheAcceptLimit() {
        assertThatThrownBy(() -> new FixedDurationDeadlinePolicy(Duration.ZERO, Duration.ofDays(1), Duration.ZERO))
                .hasMessageContaining("acceptWithin");
        assertThatThrownBy(() -> new FixedDurationDeadlinePolicy(Duration.ofDays(2), Duration.ofDays(1), Duration.ZERO))
                .hasMessageContaining("resolveWithin");
        assertThatThrownBy(() -> new FixedDurationDeadlinePolicy(Duration.ofDays(1), Duration.ofDays(2), Duration.ofHours(-1)))
                .hasMessageContaining("warnBefore");
    }
}
