package org.suqiu.mediation.clock.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.DeadlineKind;

/**
 * 时限规则 as data: a named profile (信访工作条例 statutory, a 12345 hotline, ...) with the span of each
 * clock per category and urgency, the one extension (延期) it allows, the window for a unit to
 * return (退单) a case, the mediation and judicial-confirmation windows, and the overdue steps after
 * which a late case climbs a level.
 */
public record DeadlineProfile(
        String name,
        String source,
        List<ClockRule> rules,
        Span maxExtension,
        int maxExtensions,
        Span returnWithin,
        Span judicialConfirmation,
        List<Duration> overdueSteps) {

    public DeadlineProfile {
        Objects.requireNonNull(name, "name");
        rules = List.copyOf(rules);
        overdueSteps = overdueSteps == null ? List.of() : List.copyOf(overdueSteps);
        if (rules.stream().noneMatch(r -> r.clock() == DeadlineKind.ACCEPT && r.category() == null && r.urgency() == null)
                || rules.stream().noneMatch(r -> r.clock() == DeadlineKind.RESOLVE && r.category() == null && r.urgency() == null)) {
            throw new IllegalArgumentException("profile " + name + " needs a default ACCEPT and RESOLVE rule");
        }
        for (int i = 1; i < overdueSteps.size(); i++) {
            if (overdueSteps.get(i).compareTo(overdueSteps.get(i - 1)) <= 0) {
                throw new IllegalArgumentException("overdue steps must grow");
            }
        }
    }

    /** The span of a clock for a case of this category and urgency; empty when the profile has no such clock. */
    public Optional<Span> spanOf(DeadlineKind clock, String category, Urgency urgency) {
        return rules.stream()
                .filter(r -> r.matches(clock, category, urgency))
                .max(Comparator.comparingInt(ClockRule::specificity))
                .map(ClockRule::span);
    }

    /** The last instant a case assigned at {@code start} may still be returned; empty = until it is accepted. */
    public Optional<Instant> returnDeadline(Instant start, WorkingCalendar calendar) {
        return Optional.ofNullable(returnWithin).map(span -> calendar.add(start, span));
    }
}
