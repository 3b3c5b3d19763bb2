package org.suqiu.mediation.cases.model;

import java.util.EnumSet;
import java.util.Set;

import org.suqiu.contracts.mediation.DeadlineKind;

/** Where a case stands: open, accepted (签收), resolved (办结) or closed. */
public enum CaseState {

    /** Opened for the assigned unit, which has not accepted it yet. */
    OPEN,
    /** 签收: the unit acknowledged the case and is handling it (办理). */
    ACCEPTED,
    /** 办结: the unit answered the citizen (答复). */
    RESOLVED,
    /** Closed for good. */
    CLOSED;

    /** Whether, in this state, the step the given deadline guards is still to be done. */
    public boolean awaits(DeadlineKind deadline) {
        return awaiting(deadline).contains(this);
    }

    /** The states in which the given deadline's clock runs: 签收 while open, 办结 until resolved. */
    public static Set<CaseState> awaiting(DeadlineKind deadline) {
        return switch (deadline) {
            case ACCEPT -> EnumSet.of(OPEN);
            case RESOLVE -> EnumSet.of(OPEN, ACCEPTED);
        };
    }
}
