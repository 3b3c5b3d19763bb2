package org.suqiu.routing.assignment.model;

import java.time.Instant;

import org.suqiu.routing.jurisdiction.model.GeoLocation;

/**
 * What routing knows of a grievance (诉求) it must route: no contact details, ever; the address is
 * the opened (decrypted) one, {@code citizenKey} intake's keyed hash of the citizen, {@code urgency}
 * {@code URGENT} or {@code NORMAL}, {@code homeJurisdiction} the channel's home (the hotline's city).
 * {@code eventId} is the id of the event it came in.
 */
public record GrievanceToRoute(
        String grievanceId,
        String trackingNo,
        String channel,
        String text,
        GeoLocation location,
        String address,
        String categoryHint,
        String urgency,
        String homeJurisdiction,
        String citizenKey,
        Instant receivedAt,
        String eventId) {

    /** Without urgency, a grievance is {@code NORMAL}. */
    public String urgencyOrNormal() {
        return urgency == null || urgency.isBlank() ? "NORMAL" : urgency;
    }
}
