package org.suqiu.mediation.cases.model;

import java.time.Duration;
import java.time.Instant;

import org.suqiu.contracts.intake.Channel;

/** Cases as the domain speaks of them: just opened, accepted, resolved, closed — on the demo policy. */
public final class CaseFixture {

    /** When the fixture's grievances were assigned (派单); their clocks start here. */
    public static final Instant ASSIGNED_AT = Instant.parse("2026-03-02T01:00:00Z");
    public static final Duration ACCEPT_WITHIN = Duration.ofMinutes(2);
    public static final Duration RESOLVE_WITHIN = Duration.ofMinutes(5);
    public static final Duration WARN_BEFORE = Duration.ofMinutes(1);
    public static final DeadlinePolicy POLICY = new FixedDurationDeadlinePolicy(ACCEPT_WITHIN, RESOLVE_WITHIN, WARN_BEFORE);
    public static final String HANDLER = "handler-wang";
    public static final String ANSWER = "The streetlight was repaired on 2 March.";

    private CaseFixture() {
    }

    public static CaseChanged opening(String grievanceId) {
        return Case.open(new Grievance(grievanceId, "T-" + grievanceId, Channel.HOTLINE, "路灯不亮"),
                new Assignment("unit-nanhu-gov", "南湖区人民政府", "330402", "南湖区", "infrastructure", ASSIGNED_AT),
                POLICY, ASSIGNED_AT);
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
        return changed(resolvedAfter(Duration.ofMinutes(1)).close("RESOLVED", ASSIGNED_AT.plus(Duration.ofMinutes(2))));
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
