package org.suqiu.mediation.cases.model;

/**
 * Which cases to list, newest first: optionally of one unit, in one state, or with one tracking
 * number, and always only within the caller's {@link CaseScope}.
 */
public record CaseQuery(String unitId, CaseState state, String trackingNo, int limit, CaseScope scope) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public CaseQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        scope = scope == null ? CaseScope.none() : scope;
    }
}
