package org.suqiu.mediation.cases.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Urgency;
import org.suqiu.contracts.mediation.DeadlineKind;
import org.suqiu.mediation.clock.model.ClockRule;
import org.suqiu.mediation.clock.model.DeadlineProfile;
import org.suqiu.mediation.clock.model.Span;
import org.suqiu.mediation.clock.model.WorkingCalendar;
import org.suqiu.mediation.clock.model.WorkingCalendars;

/**
 * Cases as the domain speaks of them: just opened, accepted, resolved, closed — on a short test
 * profile (签收 2 min, 首次联系 3 min, 办结 4 min, 调解 10 min; overdue levels 1 min and 3 min after due).
 */
public final class CaseFixture {

    /** When the fixture's grievances were assigned (派单); their clocks start here (a Monday, 09:00 in Beijing). */
    public static final Instant ASSIGNED_AT = Instant.parse("2026-03-02T01:00:00Z");
    public static final WorkingCalendar CALENDAR = WorkingCalendars.china();
    public static final DeadlineProfile PROFILE = new DeadlineProfile("test", "unit tests", List.of(
            new ClockRule(DeadlineKind.ACCEPT, null, null, Span.parse("2m")),
            new ClockRule(DeadlineKind.FIRST_CONTACT, null, null, Span.parse("3m")),
            new ClockRule(DeadlineKind.RESOLVE, null, null, Span.parse("4m")),
            new ClockRule(DeadlineKind.MEDIATION, null, null, Span.parse("10m"))),
            Span.parse("5m"), 1, Span.parse("1h"), Span.parse("30d"), List.of(Duration.ofMinutes(1), Duration.ofMinutes(3)));
    public static final ClockPolicy POLICY = new ClockPolicy(PROFILE, CALENDAR);
    public static final List<Duration> STEPS = PROFILE.overdueSteps();
    public static final String HANDLER = "handler-wang";
    public static final String ANSWER = "The streetlight was repaired on 2 March.";

    private CaseFixture() {
    }

    public static Assignment assignment(String unitId, int attempt, Instant at) {
        return new Assignment(unitId, "南湖区人民政府", "330402", "南湖区", "infrastructure", Urgency.NORMAL, attempt, at);
    }

    public static CaseChanged opening(String grievanceId) {
        return Case.open(new Grievance(grievanceId, "T-" + grievanceId, Channel.HOTLINE, "路灯不亮"),
                assignment("unit-nanhu-gov", 1, ASSIGNED_AT), POLICY, ASSIGNED_AT);
    }

    public static Case openCase() {
        return opening("g-1").after();
    }

    public static Case acceptedAfter(Duration delay) {
        return changed(openCase().accept(HANDLER, ASSIGNED_AT.plus(delay)));
    }

    public static Case resolvedAfter(Duration delay) {
        return changed(acceptedAfter(Duration.ZERO).resolve(HANDLER, ANSWER, ASSIGNED_AT.plus(delay)));
    }

    public static Case closedCase() {
        return changed(resolvedAfter(Duration.ofMinutes(1)).close("RESOLVED", false, ASSIGNED_AT.plus(Duration.ofMinutes(2))));
    }

    /** The instant a given time after the assignment. */
    public static Instant after(Duration duration) {
        return ASSIGNED_AT.plus(duration);
    }

    public static Case changed(CaseDecision decision) {
        if (decision instanceof CaseChanged change) {
            return change.after();
        }
        throw new AssertionError("expected a change but got " + decision);
    }

}
