package org.suqiu.intake.tracking.model;

import java.time.Instant;
import java.util.Objects;

/**
 * What one routing or case event says about a grievance's progress: the status it implies (or
 * none), when, the facts it carries (unit, answer 答复, resolve deadline, jurisdiction), and whether it
 * reopens an answered case (重办). {@code eventId} is
 * the event's CloudEvents id, remembered so that the same event twice changes nothing twice.
 */
public record TrackingUpdate(
        String eventId,
        TrackingStatus status,
        Instant at,
        AssignedUnit unit,
        String answer,
        Instant expectedBy,
        String jurisdictionCode,
        boolean reopens) {

    public TrackingUpdate {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
    }

    public static TrackingUpdate of(String eventId, TrackingStatus status, Instant at) {
        return new TrackingUpdate(eventId, status, at, null, null, null, null, false);
    }

    /** 重办: the case is handled again after its answer — back to {@code IN_PROGRESS} with a new deadline. */
    public static TrackingUpdate reopening(String eventId, Instant at, Instant newDeadline) {
        return new TrackingUpdate(eventId, TrackingStatus.IN_PROGRESS, at, null, null, newDeadline, null, true);
    }

    public TrackingUpdate withUnit(AssignedUnit assignedUnit) {
        return new TrackingUpdate(eventId, status, at, assignedUnit, answer, expectedBy, jurisdictionCode, reopens);
    }

    public TrackingUpdate withAnswer(String text) {
        return new TrackingUpdate(eventId, status, at, unit, text, expectedBy, jurisdictionCode, reopens);
    }

    /** The division (行政区划) the grievance was routed to, which decides which staff may see it. */
    public TrackingUpdate withJurisdiction(String code) {
        return new TrackingUpdate(eventId, status, at, unit, answer, expectedBy, code == null || code.isBlank() ? null : code, reopens);
    }

    public TrackingUpdate withExpectedBy(Instant deadline) {
        return new TrackingUpdate(eventId, status, at, unit, answer, deadline, jurisdictionCode, reopens);
    }
}
