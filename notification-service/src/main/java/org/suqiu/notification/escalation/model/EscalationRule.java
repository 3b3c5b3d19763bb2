package org.suqiu.notification.escalation.model;

import java.time.Duration;
import java.util.List;

import org.suqiu.notification.alert.model.AlertKind;
import org.suqiu.notification.people.model.ContactChannel;

/**
 * One row of the escalation policy: for a clock ({@code *} = any, or ACCEPT, RESOLVE, ... as a string,
 * so clocks mediation adds later need no code), an alert kind and a level (0 = warning; an overdue rule
 * also covers the levels above it that have no rule of their own) — who is told, on which channels
 * (empty = any the person prefers), whether it is urgent (sent at any hour) and how often it repeats
 * until acknowledged (null = never).
 */
public record EscalationRule(String clock, AlertKind kind, int level, List<Rung> recipients,
        List<ContactChannel> channels, boolean urgent, Duration repeatEvery) {

    public static final String ANY_CLOCK = "*";

    public EscalationRule {
        clock = clock == null || clock.isBlank() ? ANY_CLOCK : clock;
        if (kind == null) {
            throw new IllegalArgumentException("an escalation rule needs a kind");
        }
        if (kind == AlertKind.DEADLINE_APPROACHING ? level != 0 : level < 1) {
            throw new IllegalArgumentException("level " + level + " does not fit kind " + kind);
        }
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        channels = channels == null ? List.of() : List.copyOf(channels);
        if (repeatEvery != null && (repeatEvery.isZero() || repeatEvery.isNegative())) {
            throw new IllegalArgumentException("repeatEvery must be positive");
        }
    }

    boolean appliesTo(String clockName) {
        return ANY_CLOCK.equals(clock) || clock.equals(clockName);
    }
}
