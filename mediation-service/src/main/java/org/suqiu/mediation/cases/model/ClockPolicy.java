package org.suqiu.mediation.cases.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.clock.model.DeadlineProfile;
import org.suqiu.mediation.clock.model.Span;
import org.suqiu.mediation.clock.model.WorkingCalendar;

/** The deadline profile applied on the working calendar: when each clock of a case is due. */
public record ClockPolicy(DeadlineProfile profile, WorkingCalendar calendar) {

    public ClockPolicy {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(calendar, "calendar");
    }

    /** A clock of this kind for the assignment, starting at {@code start}; empty when the profile has none. */
    public Optional<Deadline> start(DeadlineKind kind, Assignment assignment, Instant start) {
        return profile.spanOf(kind, assignment.category(), assignment.urgency())
                .map(span -> Deadline.running(kind, start, calendar.add(start, span)));
    }

    /** The unit's clocks for a new assignment: 签收, 办结 and, if the profile has it, 首次联系. */
    public Deadlines open(Assignment assignment, Instant start) {
        Deadlines deadlines = Deadlines.none();
        for (DeadlineKind kind : List.of(DeadlineKind.ACCEPT, DeadlineKind.FIRST_CONTACT, DeadlineKind.RESOLVE)) {
            Optional<Deadline> clock = start(kind, assignment, start);
            if (clock.isPresent()) {
                deadlines = deadlines.with(clock.get());
            }
        }
        return deadlines;
    }

    /** The most an extension may grant, in the profile's unit. */
    public Optional<Span> maxExtension() {
        return Optional.ofNullable(profile.maxExtension());
    }

    public Instant extend(Instant dueAt, int amount) {
        return calendar.add(dueAt, profile.maxExtension().withAmount(amount));
    }

    public Instant confirmationDue(Instant signedAt) {
        Span span = profile.judicialConfirmation() == null ? Span.parse("30d") : profile.judicialConfirmation();
        return calendar.add(signedAt, span);
    }

    public List<Duration> overdueSteps() {
        return profile.overdueSteps();
    }
}
