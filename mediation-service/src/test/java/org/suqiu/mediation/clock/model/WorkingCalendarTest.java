package org.suqiu.mediation.clock.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * The working calendar on the official 2025 and 2026 holiday notices: the 2026 Spring Festival
 * (2月15日–23日 off, 2月14日 and 2月28日 worked), 2025's (1月28日–2月4日 off, 1月26日 and 2月8日 worked).
 */
class WorkingCalendarTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final WorkingCalendar calendar = WorkingCalendars.china();

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    @Test
    void shouldKnowTheSpringFestival2026HolidaysAndMakeUpWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-13"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-14"))).as("Saturday make-up day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-16"))).as("Monday in the festival").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-23"))).as("last day off, a Monday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-24"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-28"))).as("Saturday make-up day").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-01"))).as("plain Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).as("National Day make-up Saturday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-04-06"))).as("Qingming Monday").isFalse();
    }

    @Test
    void shouldCountWorkingDaysAcrossTheSpringFestivalIncludingTheMakeUpSaturday() {
        // Fri 13 (1), Sat 14 make-up (2), 15–23 off, Tue 24 (3), Wed 25 (4), Thu 26 (5); ends at close of business
        assertThat(calendar.add(beijing("2026-02-12T10:00"), Span.parse("5wd"))).isEqualTo(beijing("2026-02-26T17:30"));
    }

    @Test
    void shouldEndOneWorkingDayFromFridayOnTheMakeUpSaturday() {
        assertThat(calendar.add(beijing("2026-02-13T15:00"), Span.parse("1wd"))).isEqualTo(beijing("2026-02-14T17:30"));
    }

    @Test
    void shouldCountTheMakeUpSaturdayAfterTheFestival() {
        // Tue 24 (1), Wed 25 (2), Thu 26 (3), Fri 27 (4), Sat 28 make-up (5)
        assertThat(calendar.add(beijing("2026-02-23T12:00"), Span.parse("5wd"))).isEqualTo(beijing("2026-02-28T17:30"));
    }

    @Test
    void shouldMoveANaturalDayLimitEndingInTheHolidaysToTheNextWorkingDay() {
        // 15 days from 5 Feb end on Fri 20 Feb, a holiday: the limit ends on Tue 24 Feb (民法典 art. 203)
        assertThat(calendar.add(beijing("2026-02-05T09:00"), Span.parse("15d"))).isEqualTo(beijing("2026-02-24T17:30"));
        // 60 days from 2 Mar end on Fri 1 May, the Labour Day holiday (1–5 May): moves to Wed 6 May
        assertThat(calendar.add(beijing("2026-03-02T09:00"), Span.parse("60d"))).isEqualTo(beijing("2026-05-06T17:30"));
    }

    @Test
    void shouldCountWorkingHoursOnlyInBusinessHoursOfWorkingDays() {
        // Fri 16:00–17:30 (1.5 h), then the make-up Saturday from 08:30 (2.5 h)
        assertThat(calendar.add(beijing("2026-02-13T16:00"), Span.parse("4wh"))).isEqualTo(beijing("2026-02-14T11:00"));
        // Sat 17:00–17:30, then nothing until Tue 24 Feb 08:30 + 1.5 h
        assertThat(calendar.add(beijing("2026-02-14T17:00"), Span.parse("2wh"))).isEqualTo(beijing("2026-02-24T10:00"));
        // a start before opening counts from opening
        assertThat(calendar.add(beijing("2026-03-02T07:00"), Span.parse("1wh"))).isEqualTo(beijing("2026-03-02T09:30"));
    }

    @Test
    void shouldCountWallClockHoursAndMinutesWhateverTheDay() {
        assertThat(calendar.add(beijing("2026-02-15T10:00"), Span.parse("2h"))).isEqualTo(beijing("2026-02-15T12:00"));
        assertThat(calendar.add(beijing("2026-02-15T10:00"), Span.parse("30m"))).isEqualTo(beijing("2026-02-15T10:30"));
    }

    @Test
    void shouldCountWorkingDaysAcrossTheSpringFestival2025() {
        // Sun 26 Jan make-up (1), Mon 27 (2), 28 Jan–4 Feb off, Wed 5 Feb (3)
        assertThat(calendar.add(beijing("2025-01-24T10:00"), Span.parse("3wd"))).isEqualTo(beijing("2025-02-05T17:30"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-02-08"))).as("Saturday make-up day").isTrue();
    }

    @Test
    void shouldSayWhichYearsItsHolidayDataCovers() {
        assertThat(calendar.covers(2025)).isTrue();
        assertThat(calendar.covers(2026)).isTrue();
        assertThat(calendar.covers(2027)).isFalse();
    }

    @Test
    void shouldParseAndPrintSpans() {
        assertThat(Span.parse("5wd")).isEqualTo(new Span(5, SpanUnit.WORKING_DAYS));
        assertThat(Span.parse("2wh").unit()).isEqualTo(SpanUnit.WORKING_HOURS);
        assertThat(Span.parse("60d").toString()).isEqualTo("60d");
    }
}
