package org.suqiu.mediation.cases.model;

import java.time.Instant;

/**
 * 时限规则: the deadlines a new case gets from the moment its clocks start (the dispatch, 派单). A
 * working-day calendar policy (法定节假日, 调休) replaces the fixed-duration one in a later issue.
 */
public interface DeadlinePolicy {

    Deadlines deadlinesFrom(Instant start);
}
