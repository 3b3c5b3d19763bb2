package org.suqiu.mediation.cases.model;

import java.time.Instant;

/** 中止: why and since when the case is paused, by whom, and the state it resumes to. */
public record Suspension(String reason, String by, Instant since, CaseState resumeTo) {
}
