package org.suqiu.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(30), 5);

    @Test
    void shouldBackOffExponentiallyWithAtMostTwentyPercentJitter() {
        assertThat(schedule.after(1, NOW)).isBetween(NOW.plusSeconds(30), NOW.plusSeconds(36));
        assertThat(schedule.after(2, NOW)).isBetween(NOW.plusSeconds(60), NOW.plusSeconds(72));
        assertThat(schedule.after(3, NOW)).isBetween(NOW.plusSeconds(120), NOW.plusSeconds(144));
    }

    @Test
    void shouldCapTheWaitAndGiveUpAfterTheLastAttempt() {
        RetrySchedule capped = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(1), 50);
        assertThat(capped.after(10, NOW)).isBetween(NOW.plusSeconds(60), NOW.plusSeconds(72));
        assertThat(schedule.after(5, NOW)).isNull();
    }
}
