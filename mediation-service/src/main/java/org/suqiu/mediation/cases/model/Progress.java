package org.suqiu.mediation.cases.model;

import java.time.Instant;

/** 开始办理: who started work on the case (首次联系 with the citizen), when, and a note without citizen data. */
public record Progress(String by, String note, Instant at) {
}
