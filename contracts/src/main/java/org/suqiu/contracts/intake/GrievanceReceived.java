package org.suqiu.contracts.intake;

import java.time.Instant;

import org.suqiu.contracts.Event;

/**
 * 受理: a grievance was taken in on a channel and given a tracking number. Optional: location,
 * address, contact and categoryHint.
 */
public record GrievanceReceived(
        String grievanceId,
        String trackingNo,
        Channel channel,
        String externalId,
        String text,
        GeoPoint location,
        String address,
        Contact contact,
        String categoryHint,
        Instant receivedAt) implements Event {

    public static final String TYPE = "suqiu.grievance.received.v1";

    @Override
    public String subject() {
        return grievanceId;
    }

    /** Ids only: the text, address, point and contact are the citizen's and stay out of logs. */
    @Override
    public String toString() {
        return "GrievanceReceived[grievanceId=" + grievanceId + ", trackingNo=" + trackingNo + ", channel=" + channel + "]";
    }
}
