package org.suqiu.mediation.cases.model;

import java.time.Instant;

/**
 * Which cases to list: optionally of one unit, in one state, with one tracking number, overdue at
 * an instant (a running clock past due), opened within a period; newest first or by due date
 * (worklist); always only within the caller's {@link CaseScope}.
 */
public record CaseQuery(String unitId, CaseState state, String trackingNo, int limit, CaseScope scope,
        Instant overdueAt, Instant openedFrom, Instant openedBefore, boolean byDueDate) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    /** The most cases a report (rates, CSV) reads. */
    public static final int REPORT_LIMIT = 100_000;

    public CaseQuery {
        if (limit < 1 || limit > REPORT_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        scope = scope == null ? CaseScope.none() : scope;
    }

    public CaseQuery(String unitId, CaseState state, String trackingNo, int limit, CaseScope scope) {
        this(unitId, state, trackingNo, limit, scope, null, null, null, false);
    }
}
