package org.suqiu.contracts.routing;

import java.time.Instant;

import org.suqiu.contracts.Event;
import org.suqiu.contracts.intake.Channel;

/**
 * Routing could not decide with confidence and put the grievance in the triage queue for a
 * dispatcher. Optional: jurisdictionCode, category.
 */
public record GrievanceSentToTriage(
        String grievanceId,
        String trackingNo,
        Channel channel,
        String reason,
        String jurisdictionCode,
        String category,
        Instant sentAt) implements Event {

    public static final String TYPE = "suqiu.grievance.sent-to-triage.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
