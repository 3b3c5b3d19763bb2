package org.suqiu.contracts.routing;

import java.time.Instant;

import org.suqiu.contracts.Event;
import org.suqiu.contracts.intake.Channel;

/**
 * Routing linked a grievance to an earlier one instead of assigning it again: a 重复件 (the same
 * citizen, a similar text, within 30 days) or a 并单 (near-identical texts from different citizens in
 * one jurisdiction within hours). Optional: caseId, jurisdictionCode.
 */
public record GrievanceLinked(
        String grievanceId,
        String trackingNo,
        Channel channel,
        LinkKind kind,
        String linkedGrievanceId,
        String linkedTrackingNo,
        String caseId,
        String jurisdictionCode,
        double similarity,
        Instant linkedAt) implements Event {

    public static final String TYPE = "suqiu.grievance.linked.v1";

    @Override
    public String subject() {
        return grievanceId;
    }
}
