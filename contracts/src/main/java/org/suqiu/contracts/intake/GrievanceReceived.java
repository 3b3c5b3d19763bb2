package org.suqiu.contracts.intake;

import java.time.Instant;

import org.suqiu.contracts.Event;

/**
 * 受理: a grievance was taken in on a channel and given a tracking number. The citizen's personal
 * data does not travel: {@code sealedAddress} is encrypted under the shared event key and
 * {@code citizenKey} is a keyed hash; how to reach the citizen stays in intake. Optional: location,
 * sealedAddress, citizenKey, categoryHint, homeJurisdiction, relatedTrackingNo.
 */
public record GrievanceReceived(
        String grievanceId,
        String trackingNo,
        Channel channel,
        String externalId,
        String text,
        GeoPoint location,
        String sealedAddress,
        String citizenKey,
        String categoryHint,
        Urgency urgency,
        String homeJurisdiction,
        String relatedTrackingNo,
        int attachmentCount,
        Instant receivedAt) implements Event {

    public static final String TYPE = "suqiu.grievance.received.v1";

    /** The context the address is sealed under (associated data of the envelope). */
    public static final String ADDRESS_CONTEXT = "grievance.address";

    @Override
    public String subject() {
        return grievanceId;
    }

    /** Ids only: the text, address and point are the citizen's and stay out of logs. */
    @Override
    public String toString() {
        return "GrievanceReceived[grievanceId=" + grievanceId + ", trackingNo=" + trackingNo + ", channel=" + channel + "]";
    }
}
