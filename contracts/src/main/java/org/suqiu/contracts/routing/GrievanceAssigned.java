package org.suqiu.contracts.routing;

import java.time.Instant;

import org.suqiu.contracts.Event;
import org.suqiu.contracts.intake.Channel;

/**
 * 派单: routing assigned a grievance to the unit responsible for it (承办单位), by where
 * (jurisdiction) and what (category). Optional: jurisdictionName, confidence, ruleId.
 */
public record GrievanceAssigned(
        String grievanceId,
        String trackingNo,
        Channel channel,
        String text,
        String unitId,
        String unitName,
        String jurisdictionCode,
        String jurisdictionName,
        String jurisdictionMethod,
        String category,
        Double confidence,
        String ruleId,
        Instant assignedAt) implements Event {

    public static final String TYPE = "suqiu.grievance.assigned.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
