package org.suqiu.mediation.cases.model;

import java.time.Instant;

/** How and when a case was closed for good (e.g. outcome RESOLVED). */
public record Closure(String outcome, Instant at) {
}
