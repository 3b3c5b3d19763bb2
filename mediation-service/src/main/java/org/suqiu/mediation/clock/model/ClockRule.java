package org.suqiu.mediation.clock.model;

import java.util.Objects;

import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.DeadlineKind;

/** One line of a deadline profile: this clock, for this category and urgency (null = any), lasts this span. */
public record ClockRule(DeadlineKind clock, String category, Urgency urgency, Span span) {

    public ClockRule {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(span, "span");
        category = category == null || category.isBlank() ? null : category;
    }

    boolean matches(DeadlineKind kind, String aCategory, Urgency anUrgency) {
        return clock == kind && (category == null || category.equals(aCategory)) && (urgency == null || urgency == anUrgency);
    }

    /** More specific rules win: category and urgency over category over urgency over neither. */
    int specificity() {
        return (category == null ? 0 : 2) + (urgency == null ? 0 : 1);
    }
}
