package org.suqiu.notification.escalation.infrastructure;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.suqiu.notification.alert.model.AlertKind;
import org.suqiu.notification.escalation.model.Rung;
import org.suqiu.notification.people.model.ContactChannel;

/**
 * {@code suqiu.notification.escalation}: the escalation policy as data ({@code rules}; none = the
 * default ladder) and the business hours non-urgent alerts wait for.
 */
@ConfigurationProperties("suqiu.notification.escalation")
public record EscalationProperties(@DefaultValue List<Rule> rules, @DefaultValue BusinessHoursEntry businessHours) {

    /** One rule: {@code {clock: "*", kind: OVERDUE, level: 2, recipients: [SUPERVISORS], channels: [SMS, EMAIL], urgent: true, repeat-every: 4h}}. */
    public record Rule(@DefaultValue("*") String clock, AlertKind kind, int level, List<Rung> recipients,
            List<ContactChannel> channels, boolean urgent, Duration repeatEvery) {
    }

    /**
     * Working hours in {@code zone}: weekdays from {@code opens} to {@code closes}, except
     * {@code holidays}, plus {@code working-weekends} (调休). The official holiday calendar is
     * mediation-service's; this list is to be consolidated with it.
     */
    public record BusinessHoursEntry(@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("08:30") LocalTime opens,
            @DefaultValue("17:30") LocalTime closes, @DefaultValue List<LocalDate> holidays,
            @DefaultValue List<LocalDate> workingWeekends) {
    }
}
