package org.suqiu.contracts.routing;

import java.time.Instant;

import org.suqiu.contracts.Event;
import org.suqiu.contracts.intake.Channel;
import org.suqiu.contracts.intake.Urgency;

/**
 * 派单: routing assigned a grievance to the unit responsible for it (承办单位), by where
 * (jurisdiction) and what (category), automatically by a rule of a rule-set version or by hand by a
 * dispatcher ({@code assignedBy}); {@code attempt} counts re-routings after a 退单. Optional:
 * jurisdictionName, confidence, ruleId, ruleVersion, assignedBy.
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
        Urgency urgency,
        Integer ruleVersion,
        String assignedBy,
        int attempt,
        Instant assignedAt) implements Event {

    public static final String TYPE = "suqiu.grievance.assigned.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
