package org.suqiu.intake.tracking.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What one routing or case event says about a grievance's progress: the status it implies (or
 * none), when, and the facts it carries (unit, answer 答复, resolve deadline). {@code eventId} is
 * the event's CloudEvents id, remembered so that the same event twice changes nothing twice.
 */
public record TrackingUpdate(
        String eventId,
        TrackingStatus status,
        Instant at,
        AssignedUnit unit,
        String answer,
        Instant expectedBy) {

    public TrackingUpdate {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
    }

    public static TrackingUpdate of(String eventId, TrackingStatus status, Instant at) {
        return new TrackingUpdate(eventId, status, at, null, null, null);
    }

    public TrackingUpdate withUnit(AssignedUnit assignedUnit) {
        return new TrackingUpdate(eventId, status, at, assignedUnit, answer, expectedBy);
    }

    public TrackingUpdate withAnswer(String text) {
        return new TrackingUpdate(eventId, status, at, unit, text, expectedBy);
    }

    public TrackingUpdate withExpectedBy(Instant deadline) {
        return new TrackingUpdate(eventId, status, at, unit, answer, deadline);
    }
}
