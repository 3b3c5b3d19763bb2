package org.suqiu.intake.tracking.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What one routing or case event says about a grievance's progress: the status it implies (or
 * none), when, and the facts it carries (unit, answer 答复, resolve deadline, jurisdiction). {@code eventId} is
 * the event's CloudEvents id, remembered so that the same event twice changes nothing twice.
 */
public record TrackingUpdate(
        String eventId,
        TrackingStatus status,
        Instant at,
        AssignedUnit unit,
        String answer,
        Instant expectedBy,
        String jurisdictionCode) {

    public TrackingUpdate {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
    }

    public static TrackingUpdate of(String eventId, TrackingStatus status, Instant at) {
        return new TrackingUpdate(eventId, status, at, null, null, null, null);
    }

    public TrackingUpdate withUnit(AssignedUnit assignedUnit) {
        return new TrackingUpdate(eventId, status, at, assignedUnit, answer, expectedBy, jurisdictionCode);
    }

    public TrackingUpdate withAnswer(String text) {
        return new TrackingUpdate(eventId, status, at, unit, text, expectedBy, jurisdictionCode);
    }

    /** The division (行政区划) the grievance was routed to, which decides which staff may see it. */
    public TrackingUpdate withJurisdiction(String code) {
        return new TrackingUpdate(eventId, status, at, unit, answer, expectedBy, code == null || code.isBlank() ? null : code);
    }

    public TrackingUpdate withExpectedBy(Instant deadline) {
        return new TrackingUpdate(eventId, status, at, unit, answer, deadline, jurisdictionCode);
    }
}
