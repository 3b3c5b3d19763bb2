package org.suqiu.mediation.cases.model;

import java.time.Instant;
import java.util.Objects;

/** 派单: the unit (承办单位) a case was assigned to, where and for what, and when its clocks started. */
public record Assignment(
        String unitId,
        String unitName,
        String jurisdictionCode,
        String jurisdictionName,
        String category,
        Instant assignedAt) {

    public Assignment {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }
}
