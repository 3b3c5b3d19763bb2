package org.suqiu.intake.staff.model;

import java.time.Instant;

import org.suqiu.contracts.intake.Channel;
import org.suqiu.intake.submission.model.Contact;
import org.suqiu.contracts.intake.GeoPoint;
import org.suqiu.intake.tracking.model.Tracking;

/**
 * 诉求档案: a grievance as staff see it — what was handed in (contact and address opened, to be
 * masked at the edge), the channel's own id of it (call id, MsgId, Message-ID) and where it stands. Its {@code toString} shows no personal data.
 */
public record GrievanceRecord(
        String grievanceId,
        String trackingNo,
        Channel channel,
        String text,
        GeoPoint location,
        String address,
        Contact contact,
        String categoryHint,
        Instant receivedAt,
        Tracking tracking,
        String externalId) {

    @Override
    public String toString() {
        return "GrievanceRecord[" + grievanceId + ", " + trackingNo + "]";
    }
}
