package org.suqiu.mediation.clock.model;

import java.time.LocalTime;

import org.suqiu.mediation.clock.infrastructure.ClockData;

/** The production holiday data (clock/holidays-cn.json) with 08:30–17:30 business hours, for tests. */
public final class WorkingCalendars {

    private WorkingCalendars() {
    }

    public static WorkingCalendar china() {
        return ClockData.calendar(WorkingCalendars.class.getResourceAsStream("/clock/holidays-cn.json"),
                LocalTime.of(8, 30), LocalTime.of(17, 30));
    }
}
