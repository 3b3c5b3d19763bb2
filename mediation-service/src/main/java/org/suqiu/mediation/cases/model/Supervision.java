package org.suqiu.mediation.cases.model;

import java.time.Instant;

/** 督办: a supervisor's instructions on a case. */
public record Supervision(String instructions, String by, Instant at) {
}
