package org.suqiu.mediation.cases.model;

import java.time.Instant;

/** 签收: who accepted the case for the unit, and when. */
public record Acceptance(String by, Instant at) {
}
