package org.suqiu.mediation.clock.infrastructure;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clock ({@code suqiu.mediation.clock}): which deadline profile applies to new cases, where the
 * profiles and the holiday calendar are, and the business hours of a working day.
 */
@ConfigurationProperties("suqiu.mediation.clock")
public record ClockProperties(
        @DefaultValue("hotline-12345") String profile,
        @DefaultValue("classpath:clock/deadline-profiles.json") String profiles,
        @DefaultValue("classpath:clock/holidays-cn.json") String holidays,
        @DefaultValue("08:30") LocalTime opensAt,
        @DefaultValue("17:30") LocalTime closesAt) {
}
