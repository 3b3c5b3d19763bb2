package org.suqiu.mediation.cases.model;

import java.time.Instant;

/** 退单: a unit gave the case back before accepting it, with a reason; kept in the history after re-routing. */
public record Return(String unitId, int attempt, String reason, String by, Instant at) {
}
