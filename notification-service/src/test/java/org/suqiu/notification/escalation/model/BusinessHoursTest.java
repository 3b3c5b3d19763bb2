package org.suqiu.notification.escalation.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessHoursTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final BusinessHours hours = new BusinessHours(SHANGHAI, LocalTime.of(8, 30), LocalTime.of(17, 30),
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2)), Set.of(LocalDate.of(2026, 10, 10)));

    private static Instant local(String dateTime) {
        return java.time.LocalDateTime.parse(dateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void shouldSendAtOnceDuringWorkingHours() {
        Instant tuesdayMorning = local("2026-11-24T09:15:00");
        assertThat(hours.isOpen(tuesdayMorning)).isTrue();
        assertThat(hours.nextOpening(tuesdayMorning)).isEqualTo(tuesdayMorning);
    }

    @Test
    void shouldWaitForTheMorningAfterAnEvening() {
        assertThat(hours.nextOpening(local("2026-11-24T21:00:00"))).isEqualTo(local("2026-11-25T08:30:00"));
        assertThat(hours.nextOpening(local("2026-11-25T06:00:00"))).isEqualTo(local("2026-11-25T08:30:00"));
    }

    @Test
    void shouldWaitForMondayOverTheWeekend() {
        assertThat(hours.nextOpening(local("2026-11-27T18:00:00"))).isEqualTo(local("2026-11-30T08:30:00"));
        assertThat(hours.nextOpening(local("2026-11-28T10:00:00"))).isEqualTo(local("2026-11-30T08:30:00"));
    }

    @Test
    void shouldSkipHolidaysAndWorkOnMakeUpDays() {
        assertThat(hours.nextOpening(local("2026-09-30T18:00:00"))).isEqualTo(local("2026-10-05T08:30:00"));
        assertThat(hours.isOpen(local("2026-10-10T10:00:00"))).isTrue();
    }

    @Test
    void shouldCountTheHoursInShanghaiTimeNotUtc() {
        // 01:00 UTC is 09:00 in Shanghai
        assertThat(hours.isOpen(Instant.parse("2026-11-24T01:00:00Z"))).isTrue();
        assertThat(hours.isOpen(Instant.parse("2026-11-24T10:00:00Z"))).isFalse();
    }
}
