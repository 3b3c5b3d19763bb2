package org.suqiu.routing.assignment.model;

import java.time.Instant;

import org.suqiu.routing.jurisdiction.model.GeoLocation;

/**
 * What routing knows of a grievance (诉求) it must route: no contact details, ever. {@code eventId}
 * is the id of the event it came in.
 */
public record GrievanceToRoute(
        String grievanceId,
        String trackingNo,
        String channel,
        String text,
        GeoLocation location,
        String address,
        String categoryHint,
        Instant receivedAt,
        String eventId) {
}
