package org.suqiu.mediation.clock.model;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * 工作日历: China's official holidays (法定节假日) and make-up working days (调休上班) per year, as the
 * 国务院办公厅 notices publish them, with the business hours of a working day, in one time zone.
 * A year the data does not cover counts weekends only (and says so through {@link #covers}).
 */
public record WorkingCalendar(ZoneId zone, LocalTime opensAt, LocalTime closesAt, Set<LocalDate> holidays,
        Set<LocalDate> makeUpWorkdays, Set<Integer> years) {

    public WorkingCalendar {
        Objects.requireNonNull(zone, "zone");
        if (!opensAt.isBefore(closesAt)) {
            throw new IllegalArgumentException("business hours must open before they close");
        }
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        years = Set.copyOf(years);
    }

    /** Whether the holiday data covers this year. */
    public boolean covers(int year) {
        return years.contains(year);
    }

    /** A make-up day is worked even on a weekend; a holiday is not, even on a weekday. */
    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * When a limit that starts at {@code start} ends. The start day does not count for day limits
     * (民法典 art. 201); a day limit ends at the close of business of its last day (art. 203).
     */
    public Instant add(Instant start, Span span) {
        ZonedDateTime from = start.atZone(zone);
        return switch (span.unit()) {
            case MINUTES -> start.plus(Duration.ofMinutes(span.amount()));
            case HOURS -> start.plus(Duration.ofHours(span.amount()));
            case WORKING_HOURS -> addWorkingTime(from, Duration.ofHours(span.amount()));
            case DAYS -> {
                LocalDate last = from.toLocalDate().plusDays(span.amount());
                while (!isWorkingDay(last)) {
                    last = last.plusDays(1);
                }
                yield closeOf(last);
            }
            case WORKING_DAYS -> {
                LocalDate day = from.toLocalDate();
                long left = span.amount();
                while (left > 0) {
                    day = day.plusDays(1);
                    if (isWorkingDay(day)) {
                        left--;
                    }
                }
                yield closeOf(day);
            }
        };
    }

    /** Business time only: a start outside business hours counts from the next opening. */
    private Instant addWorkingTime(ZonedDateTime from, Duration amount) {
        Duration left = amount;
        LocalDate day = from.toLocalDate();
        LocalTime time = from.toLocalTime();
        while (true) {
            if (isWorkingDay(day) && time.isBefore(closesAt)) {
                LocalTime begin = time.isBefore(opensAt) ? opensAt : time;
                Duration available = Duration.between(begin, closesAt);
                if (available.compareTo(left) >= 0) {
                    return day.atTime(begin).atZone(zone).plus(left).toInstant();
                }
                left = left.minus(available);
            }
            day = day.plusDays(1);
            time = LocalTime.MIN;
        }
    }

    private Instant closeOf(LocalDate day) {
        return day.atTime(closesAt).atZone(zone).toInstant();
    }
}
