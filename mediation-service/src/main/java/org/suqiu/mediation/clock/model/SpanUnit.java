package org.suqiu.mediation.clock.model;

/** How a time limit counts: on the wall clock, in natural days, or only on working days / hours (工作日). */
public enum SpanUnit {
    /** Wall-clock minutes (demo timings). */
    MINUTES,
    /** Wall-clock hours, day and night (12345: 签收 within 2 hours). */
    HOURS,
    /** Business hours of working days only (工作时间). */
    WORKING_HOURS,
    /** Natural days (日); a last day that is not a working day moves to the next working day (民法典 art. 203). */
    DAYS,
    /** Working days (工作日): weekends and official holidays do not count, make-up days (调休上班) do. */
    WORKING_DAYS
}
