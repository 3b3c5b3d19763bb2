package org.suqiu.notification.escalation.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * 工作时间: when non-urgent alerts may go out — weekdays (unless a listed holiday) plus listed
 * make-up working days (调休), between opening and closing time, in the office's zone (Asia/Shanghai).
 */
public record BusinessHours(ZoneId zone, LocalTime opens, LocalTime closes, Set<LocalDate> holidays,
        Set<LocalDate> workingWeekends) {

    public BusinessHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("business hours must open before they close");
        }
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
        workingWeekends = workingWeekends == null ? Set.of() : Set.copyOf(workingWeekends);
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workingWeekends.contains(day)) {
            return true;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    public boolean isOpen(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        return isWorkingDay(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    /** {@code at} itself when open, else the next opening time (the morning of the next working day). */
    public Instant nextOpening(Instant at) {
        if (isOpen(at)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalDate day = local.toLocalDate();
        if (!local.toLocalTime().isBefore(opens)) {
            day = day.plusDays(1);
        }
        for (int i = 0; i < 366 && !isWorkingDay(day); i++) {
            day = day.plusDays(1);
        }
        return day.atTime(opens).atZone(zone).toInstant();
    }
}
