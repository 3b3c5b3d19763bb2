package org.suqiu.mediation.cases.model;

import java.time.Instant;
import java.util.Objects;

import org.suqiu.contracts.intake.Urgency;

/**
 * 派单: the unit (承办单位) a case is assigned to, where and for what, how urgent, when its clocks
 * started, and which attempt this is (2 and more after a 退单 and re-routing).
 */
public record Assignment(
        String unitId,
        String unitName,
        String jurisdictionCode,
        String jurisdictionName,
        String category,
        Urgency urgency,
        int attempt,
        Instant assignedAt) {

    public Assignment {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(assignedAt, "assignedAt");
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        attempt = Math.max(attempt, 1);
    }
}
